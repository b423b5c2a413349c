import type { UrlVerdict } from '../define-platform';

/** Freelancer.com public profiles are `/u/<username>`; everything else is the site's own pages. */
const PROFILE = /^\/u\/([a-z0-9][a-z0-9_.-]{0,39})\/?$/i;
const LOGIN = /^\/(login|signup)(\/|$)/i;

export function classifyFreelancerUrl(url: URL): UrlVerdict {
  const path = url.pathname.replace(/\/{2,}/g, '/');
  if (LOGIN.test(path)) return { kind: 'login-wall' };
  return { kind: PROFILE.test(path) ? 'profile' : 'not-a-profile' };
}

export function usernameFromUrl(url: string): string | null {
  try {
    return PROFILE.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}
