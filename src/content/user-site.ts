import type { SitePlatform } from '../sites/define-site';
import { extractCandidate } from '../sites/generic/candidate';
import { classify, hosts } from '../sites/generic/urls';
import { watchLocation } from './location-watch';
import { startReader } from './run-reader';

/**
 * The content script of a host the user added in the options (an applicant
 * tracking system, a webmail): registered for that host only by the
 * background (src/background/user-sites.ts) once the user granted it. It reads
 * each page and each single-page-app navigation with the generic candidate
 * reader and draws the panel like on a hiring site; the background evaluates.
 */
export const USER_SITE_PLATFORM: SitePlatform = { id: 'generic', label: 'Other sites', hosts, urls: { classify }, extract: extractCandidate };

export function startUserSiteReader(win: Window = window): void {
  let stop = () => {};
  const follow = startReader(USER_SITE_PLATFORM, { stopWatching: () => stop() });
  follow(win.location.href, win.location.href, performance.now());
  stop = watchLocation((url) => follow(url, url, performance.now()), win);
}
