import type { UrlVerdict, UrlParts } from '../define-site';

export const hosts: readonly string[] = ['https://www.upwork.com/*'];

/**
 * Upwork URL shapes. Freelancer profiles live at `/freelancers/~01<cipher>`
 * (the ciphertext id) or `/freelancers/<vanity-slug>`, and before 2020 at
 * `/o/profiles/users/~01<cipher>` (optionally `_~01…`). Query strings
 * (`?viewMode=1`, `?s=…`) do not change the page.
 */
const PROFILE_PATHS = [/^\/freelancers\/(?:_?~0[0-9a-z]{6,40}|[a-z0-9][a-z0-9_-]{1,60})\/?$/i, /^\/o\/profiles\/users\/_?~0[0-9a-z]{6,40}\/?$/i];
/** Words under /freelancers/ that are hub pages, not people. */
const NOT_SLUGS = new Set(['search', 'hire', 'skills', 'find', 'signup', 'settings']);
const LOGIN_PATHS = [/^\/ab\/account-security\/login\/?$/i, /^\/login\/?$/i];

export function classify(url: UrlParts): UrlVerdict {
  const path = url.pathname.replace(/\/{2,}/g, '/');
  if (LOGIN_PATHS.some((re) => re.test(path))) return { kind: 'login-wall' };
  if (PROFILE_PATHS.some((re) => re.test(path))) {
    const slug = path.split('/').filter(Boolean).pop()?.toLowerCase() ?? '';
    return { kind: NOT_SLUGS.has(slug) ? 'not-a-profile' : 'profile' };
  }
  return { kind: 'not-a-profile' };
}

/** The ciphertext in a profile URL (`~01…`), used when the page itself does not state it. */
export function cipherFromUrl(url: string): string | null {
  try {
    const m = new URL(url).pathname.match(/(~0[0-9a-z]{6,40})/i);
    return m ? m[1]! : null;
  } catch {
    return null;
  }
}
