import type { SiteUrlRules, UrlParts } from '../sites/define-site';
import { extensionApi } from './extension-api';
import { watchLocation } from './location-watch';
import { pageKind } from './page-kind';
import { READER_LOADER, type FollowUrl, type GateLink, type ReaderEntry } from './reader-handoff';
import { SCRIPT_START } from './script-start';
import { recordWork } from './work-timer';

type ScriptGlobal = Record<string, unknown>;

/**
 * Takes the entry the reader's file left on the script's global (once) and
 * starts it with the gate's link. Null when it is missing or broken.
 */
export function takeReaderEntry(link: GateLink, global: ScriptGlobal = globalThis as unknown as ScriptGlobal): FollowUrl | null {
  const load = global[READER_LOADER];
  delete global[READER_LOADER];
  if (typeof load !== 'function') return null;
  try {
    const entry = (load as () => unknown)();
    return typeof entry === 'function' ? (entry as ReaderEntry)(link) : null;
  } catch (err) {
    console.warn('[hire-signals] content script failed to start', err);
    return null;
  }
}

/**
 * Brings the reader in: imports its file from the extension (web-accessible
 * for this purpose, build/site-entries.ts). The file runs in this script's
 * world and leaves its entry on the global. Null when the file cannot be
 * loaded: the extension was reloaded or removed and this copy is orphaned,
 * which is not worth a warning.
 */
export async function importReader(file: string, link: GateLink, global?: ScriptGlobal): Promise<FollowUrl | null> {
  try {
    // WXT types only the files it declares itself; the readers are declared by build/site-entries.ts.
    const runtime = extensionApi().runtime as { getURL(path: string): string };
    await import(/* @vite-ignore */ runtime.getURL(file));
  } catch {
    return null;
  }
  return takeReaderEntry(link, global);
}

export interface GateOptions {
  /** The reader's file in the build (`/reader-<id>.js`), imported on the first profile URL. */
  readerFile?: string;
  /** Brings the reader in; defaults to importing `readerFile`. */
  loadReader?: (link: GateLink) => Promise<FollowUrl | null>;
  win?: Window;
  /** When this script began evaluating; the first slice is measured from here. */
  start?: number;
}

/**
 * The only content script the manifest loads, on every page of its site's
 * hosts: the URL check, and one navigation listener for SPAs. Most pages of a
 * hiring host are feeds, searches and messages; there the script costs this
 * and nothing else (nonProfileScanMs; design.md "on a matched host, decide
 * from the URL first"): the reader's file is not even loaded, so V8 has
 * nothing more to parse. On the first profile URL, on load or after SPA
 * navigation, the gate imports the reader (the extractor, the messaging, the
 * panel) and every later URL goes to it. The browser compiles an imported
 * file off the page's main thread (docs/performance.md, "The reader is
 * imported on a profile").
 */
export function runGate(site: SiteUrlRules, opts: GateOptions = {}): void {
  const win = opts.win ?? window;
  const readerFile = opts.readerFile;
  const loadReader = opts.loadReader ?? (readerFile ? (link: GateLink) => importReader(readerFile, link) : async () => null);
  /** The reader once it has arrived. */
  let arrivedReader: FollowUrl | null = null;
  /** The reader once it has had its first URL, always a profile: every URL goes to it from then on. */
  let follow: FollowUrl | null = null;
  /** While the reader loads, the latest URL seen (the reader starts from there); null otherwise. */
  let latest: { url: string; where: string | UrlParts } | null = null;
  let stopWatching = () => {};
  const link: GateLink = { stopWatching: () => stopWatching() };

  const arrived = (reader: FollowUrl | null) => {
    if (!reader) {
      stopWatching(); // no reader for this copy: nothing more to do on this page
      return;
    }
    arrivedReader = reader;
    const at = latest!;
    latest = null;
    // A profile left while the reader loaded: it waits for the next one.
    onUrl(at.url, at.where, performance.now());
  };

  const onUrl = (url: string, where: string | UrlParts, since: number) => {
    if (follow) return follow(url, where, since);
    if (latest) {
      latest = { url, where };
      return recordWork(since);
    }
    if (pageKind(site, where) === 'profile') {
      if (arrivedReader) {
        follow = arrivedReader;
        return follow(url, where, since);
      }
      latest = { url, where };
      void loadReader(link).then(arrived, () => arrived(null));
    }
    recordWork(since);
  };

  const since = opts.start ?? SCRIPT_START;
  stopWatching = watchLocation((url) => onUrl(url, url, performance.now()), win);
  onUrl(win.location.href, win.location, since);
}
