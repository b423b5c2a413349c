import type { UrlParts } from '../sites/define-site';

/**
 * How a site's two content-script files meet (nonProfileScanMs).
 *
 * The manifest loads the reader file first, then the gate. The build wraps the
 * reader's whole bundle in a function and parks it under `READER_LOADER` on the
 * content script's own global (the isolated world; the page cannot see it), so
 * none of its modules runs on load (build/park-reader.ts). The gate checks the
 * URL; only on a profile URL, on load or after SPA navigation, does it call the
 * loader once, which runs the reader's modules and returns its `ReaderEntry`.
 * A build without that plugin runs the reader's file on load; its entry then
 * leaves a loader returning itself under the same name (run-reader.ts).
 */
export const READER_LOADER = '__hireSignalsReader';

/** What the gate gives the reader. */
export interface GateLink {
  /** Stops the gate's navigation watch (the reader's copy found its extension gone). */
  stopWatching(): void;
}

/**
 * The reader's answer to one URL: on load, or after each SPA navigation once
 * the reader runs. The gate's first call always carries a profile URL. `where` is the page's own `location` on load (classified
 * without parsing `url` again); `since` is when the gate began this slice of
 * work, so the reader's measured slice covers the gate's check and the
 * reader's set-up too.
 */
export type FollowUrl = (url: string, where: string | UrlParts, since: number) => void;

/** What the reader file's loader returns. */
export type ReaderEntry = (link: GateLink) => FollowUrl;
