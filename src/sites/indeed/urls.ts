import type { UrlVerdict, UrlParts } from '../define-site';

/**
 * Indeed URL shapes (platform-pages.md "Indeed"; modelled, no public captures):
 * - `www.indeed.com/r/<Name-X>/<hex id>` and `/r/<hex id>`: public résumés, also on
 *   country subdomains (`uk.indeed.com`, `ca.indeed.com` …);
 * - `resumes.indeed.com/resume/<id>`: the employer résumé-search view of one candidate;
 * - `profile.indeed.com/p/<id>`: the candidate profile.
 * Sign-in lives on `secure.indeed.com/auth` (and the old `/account/login`); everything
 * else (`/jobs`, `/viewjob`, `/cmp/…`, résumé search `/resumes?q=`) is not a profile.
 */
export const hosts: readonly string[] = ['https://www.indeed.com/*', 'https://*.indeed.com/*'];

const ID = '[A-Za-z0-9_-]{4,64}';
const RESUME_PATH = new RegExp(`^/r/(?:[^/]{1,120}/)?(${ID})/?$`);
const RESUME_SEARCH_PATH = new RegExp(`^/resume/(${ID})/?$`);
const PROFILE_PATH = new RegExp(`^/p/(${ID})/?$`);

/** The résumé/profile id in a profile-shaped Indeed URL, else `null`. */
export function indeedProfileId(url: UrlParts): string | null {
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (host === 'profile.indeed.com') return PROFILE_PATH.exec(path)?.[1] ?? null;
  if (host === 'resumes.indeed.com') return RESUME_SEARCH_PATH.exec(path)?.[1] ?? null;
  if (host === 'secure.indeed.com' || host === 'employers.indeed.com') return null;
  return RESUME_PATH.exec(path)?.[1] ?? null;
}

export function classify(url: UrlParts): UrlVerdict {
  const host = url.hostname.toLowerCase();
  if (host === 'secure.indeed.com' && /^\/(auth|account\/login)\b/.test(url.pathname)) return { kind: 'login-wall' };
  if (/^\/account\/login\b/.test(url.pathname)) return { kind: 'login-wall' };
  return { kind: indeedProfileId(url) ? 'profile' : 'not-a-profile' };
}
