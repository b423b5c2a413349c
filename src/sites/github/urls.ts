import type { UrlVerdict, UrlParts } from '../define-site';

export const hosts: readonly string[] = ['https://github.com/*'];

/**
 * github.com paths that look like `/<login>` but are the site's own pages.
 * A login is 1–39 characters of letters, digits and single hyphens; GitHub
 * reserves these words so no user can take them.
 */
export const RESERVED_PATHS: ReadonlySet<string> = new Set([
  'about', 'account', 'apps', 'blog', 'codespaces', 'collections', 'contact', 'copilot', 'customer-stories', 'dashboard',
  'discussions', 'enterprise', 'events', 'explore', 'features', 'issues', 'join', 'login', 'logout', 'marketplace',
  'new', 'notifications', 'organizations', 'orgs', 'password_reset', 'pricing', 'pulls', 'readme', 'search', 'security',
  'session', 'sessions', 'settings', 'signup', 'site', 'sponsors', 'stars', 'team', 'topics', 'trending', 'users', 'watching',
]);
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
const LOGIN_WALL = new Set(['login', 'session', 'sessions']);

export function classify(url: UrlParts): UrlVerdict {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length === 1) {
    const first = segments[0]!.toLowerCase();
    if (LOGIN_WALL.has(first)) return { kind: 'login-wall' };
    if (RESERVED_PATHS.has(first) || !LOGIN.test(first)) return { kind: 'not-a-profile' };
    // `?tab=repositories|stars|followers…` are tabs of the same profile page.
    return { kind: 'profile' };
  }
  // `/<owner>/<repo>`, `/orgs/<org>/…` and every deeper path are not a person's page.
  return { kind: 'not-a-profile' };
}

/** The login in a profile URL, or `null`. */
export function loginFromUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return classify(u).kind === 'profile' ? u.pathname.split('/').filter(Boolean)[0]! : null;
  } catch {
    return null;
  }
}
