import type { SiteUrlRules, UrlParts } from '../sites/define-site';
import { watchLocation } from './location-watch';
import { pageKind } from './page-kind';
import { READER_LOADER, type FollowUrl, type GateLink, type ReaderEntry } from './reader-handoff';
import { SCRIPT_START } from './script-start';
import { recordWork } from './work-timer';

/**
 * Takes the reader's loader off the script's global and calls it (once): in
 * a parked build that runs the reader's modules. Null when it is missing or
 * broken. The global is cleared again after the call, since the reader's
 * entry leaves its own loader there (src/content/run-reader.ts).
 */
export function loadParkedReader(link: GateLink, global: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): FollowUrl | null {
  const load = global[READER_LOADER];
  delete global[READER_LOADER];
  if (typeof load !== 'function') return null;
  try {
    const entry = (load as () => unknown)();
    delete global[READER_LOADER];
    return typeof entry === 'function' ? (entry as ReaderEntry)(link) : null;
  } catch (err) {
    console.warn('[hire-signals] content script failed to start', err);
    return null;
  }
}

export interface GateOptions {
  /** Runs the reader; defaults to the one the build parked on the script's global. */
  loadReader?: (link: GateLink) => FollowUrl | null;
  win?: Window;
  /** When this script began evaluating; the first slice is measured from here. */
  start?: number;
}

/**
 * The first thing each site's content script runs, on every page of its
 * hosts: the URL check, and one navigation listener for SPAs. Most pages of a
 * hiring host are feeds, searches and messages; there the script costs this
 * and nothing else (nonProfileScanMs ≤ 0.3; design.md "on a matched
 * host, decide from the URL first"). On the first profile URL the reader (the
 * extractor, the messaging, the panel) is loaded and every later URL goes to it.
 */
export function runGate(site: SiteUrlRules, opts: GateOptions = {}): void {
  const win = opts.win ?? window;
  const loadReader = opts.loadReader ?? loadParkedReader;
  let follow: FollowUrl | null = null;
  let stopWatching = () => {};
  const link: GateLink = { stopWatching: () => stopWatching() };

  const onUrl = (url: string, where: string | UrlParts, since: number) => {
    if (!follow) {
      // Not a profile: this check is the whole slice. A profile: the reader measures
      // its slice from `since`, so the gate records nothing of its own (no double count).
      if (pageKind(site, where) !== 'profile') return recordWork(since);
      follow = loadReader(link);
      if (!follow) {
        stopWatching(); // no reader in this copy: nothing more to do on this page
        return recordWork(since);
      }
    }
    follow(url, where, since);
  };

  const since = opts.start ?? SCRIPT_START;
  stopWatching = watchLocation((url) => onUrl(url, url, performance.now()), win);
  onUrl(win.location.href, win.location, since);
}
