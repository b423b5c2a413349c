import type { SitePlatform } from '../sites/define-site';
import { candidateSite } from '../sites/generic/candidate-site';
import { watchLocation } from './location-watch';
import { startReader } from './run-reader';

/**
 * The content script of a host the user added in the options (an applicant
 * tracking system, a webmail): registered for that host only by the
 * background (src/background/user-sites.ts) once the user granted it. It reads
 * each page and each single-page-app navigation with the generic candidate
 * reader and draws the panel like on a hiring site; the background evaluates.
 */
export function userSitePlatform(hostname: string): SitePlatform {
  // The generic reader claims no hosts; here its host is the one the browser ran this script on
  // (the registration matches the added hosts only), so the reader's URL check passes on it.
  return candidateSite([`https://${hostname}/*`]);
}

export function startUserSiteReader(win: Window = window): void {
  let stop = () => {};
  const follow = startReader(userSitePlatform(win.location.hostname), { stopWatching: () => stop() });
  follow(win.location.href, win.location.href, performance.now());
  stop = watchLocation((url) => follow(url, url, performance.now()), win);
}
