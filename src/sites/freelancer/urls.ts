import type { UrlVerdict, UrlParts } from '../define-site';

export const hosts: readonly string[] = ['https://www.freelancer.com/*'];

/** Freelancer.com public profiles are `/u/<username>`; everything else is the site's own pages. */
const PROFILE = /^\/u\/([a-z0-9][a-z0-9_.-]{0,39})\/?$/i;
const LOGIN = /^\/(login|signup)(\/|$)/i;

/** Repeated slashes (`/u/name//`) reach the same page: both readers below see the path collapsed. */
function sitePath(url: UrlParts): string {
  return url.pathname.replace(/\/{2,}/g, '/');
}

export function classify(url: UrlParts): UrlVerdict {
  const path = sitePath(url);
  if (LOGIN.test(path)) return { kind: 'login-wall' };
  return { kind: PROFILE.test(path) ? 'profile' : 'not-a-profile' };
}

export function usernameFromUrl(url: string): string | null {
  try {
    return PROFILE.exec(sitePath(new URL(url)))?.[1] ?? null;
  } catch {
    return null;
  }
}
