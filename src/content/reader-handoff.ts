import type { UrlParts } from '../sites/define-site';

/**
 * How a site's two content-script files meet (nonProfileScanMs).
 *
 * The manifest loads only the gate, on every page of the site's hosts. The
 * gate checks the URL; only on a profile URL, on load or after SPA navigation,
 * does it import the reader's file (src/content/run-gate.ts). The file runs in
 * the content script's own world (the isolated world; the page cannot see it)
 * and leaves a loader under `READER_LOADER` on that world's global, which the
 * gate takes once and calls to get the reader's `ReaderEntry`
 * (src/content/run-reader.ts).
 */
export const READER_LOADER = '__hireSignalsReader';

/** What the gate gives the reader. */
export interface GateLink {
  /** Stops the gate's navigation watch (the reader's copy found its extension gone). */
  stopWatching(): void;
}

/**
 * The reader's answer to one URL: the profile that brought it in, then each
 * SPA navigation. The gate's first call always carries a profile URL.
 * `where` is the page's own `location` on load (classified without parsing
 * `url` again); `since` is when the gate began this slice of work, so the
 * reader's measured slice covers the gate's check and the reader's set-up too.
 */
export type FollowUrl = (url: string, where: string | UrlParts, since: number) => void;

/** What the reader file's loader returns. */
export type ReaderEntry = (link: GateLink) => FollowUrl;
