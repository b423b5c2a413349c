import type { UrlVerdict, UrlParts } from '../define-site';

/**
 * Wellfound URL shapes (platform-pages.md "Wellfound"): public user pages are
 * `wellfound.com/u/<slug>`; `/login` and `/join` are the sign-in wall;
 * companies (`/company/…`), jobs (`/jobs`, `/role/…`) and the rest are not profiles.
 * The legacy `angel.co` host is left out on purpose: the manifest does not match it.
 */
export const hosts: readonly string[] = ['https://wellfound.com/*'];

const USER_PATH = /^\/u\/([A-Za-z0-9][A-Za-z0-9_.-]{0,99})\/?$/;

export function wellfoundSlug(url: UrlParts): string | null {
  return USER_PATH.exec(url.pathname)?.[1] ?? null;
}

export function classify(url: UrlParts): UrlVerdict {
  if (/^\/(login|join|signup)\b/.test(url.pathname)) return { kind: 'login-wall' };
  return { kind: wellfoundSlug(url) ? 'profile' : 'not-a-profile' };
}
