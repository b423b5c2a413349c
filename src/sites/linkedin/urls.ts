import type { UrlVerdict, UrlParts } from '../define-site';
import { matchesHostPatterns } from '../../core/host-pattern';
import { firstPathSegment } from '../../core/url-kind';

/**
 * LinkedIn URL shapes (shared/platform-pages.md, "LinkedIn"): decided from the
 * URL alone so the content script does nothing on feed, search or jobs pages.
 */

/** linkedin.com, www. and the country subdomains public profiles are served from (uk., se., sg. …). */
export const hosts: readonly string[] = ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'];

const LOGIN_PATHS = /^\/(?:login|authwall|checkpoint|uas\/login|signup\/cold-join)(?:\/|$)/;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The `<slug>` of `/in/<slug>/…`, lower-cased and decoded; `null` for any other path. */
export function profileSlug(pathname: string): string | null {
  const m = pathname.match(/^\/in\/([^/?#]+)/i);
  if (!m) return null;
  const slug = safeDecode(m[1]!).trim().toLowerCase();
  return slug ? slug : null;
}

/** Legacy public profiles: `/pub/<name>/<a>/<b>/<c>` (but `/pub/dir/…` is the people directory). */
function isLegacyPublicProfile(pathname: string): boolean {
  return /^\/pub\/(?!dir\/)[^/]+\/[0-9a-z]{1,3}\/[0-9a-z]{1,3}\/[0-9a-z]{1,3}\/?$/i.test(pathname);
}

export function classify(u: UrlParts): UrlVerdict {
  const path = u.pathname;
  // The first path segment decides which pattern can apply at all: feed, jobs, search and
  // messaging pages are answered without running (or compiling) any of them.
  switch (firstPathSegment(path).toLowerCase()) {
    case 'login':
    case 'authwall':
    case 'checkpoint':
    case 'uas':
    case 'signup':
      return { kind: LOGIN_PATHS.test(path) ? 'login-wall' : 'not-a-profile' };
    case 'public-profile':
      // LinkedIn sends missing or fully private members to /public-profile/in/<slug>/.
      return { kind: /^\/public-profile\/in\/[^/]+/i.test(path) ? 'not-found' : 'not-a-profile' };
    case 'in':
      return { kind: profileSlug(path) ? 'profile' : 'not-a-profile' };
    case 'pub':
      return { kind: isLegacyPublicProfile(path) ? 'profile' : 'not-a-profile' };
    default:
      return { kind: 'not-a-profile' };
  }
}

/** Slug from any LinkedIn profile URL string (canonical links are often on country subdomains). */
export function slugFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, 'https://www.linkedin.com');
    return matchesHostPatterns(hosts, u.hostname) ? profileSlug(u.pathname) : null;
  } catch {
    return null;
  }
}
