import type { PageState, PlatformId, ProfileSnapshot } from '../core/snapshot';

/** What detection says about a URL before any DOM is read. */
export interface UrlVerdict {
  /** `profile` when the URL has a profile's shape; the DOM may still say not-found or login-wall. */
  kind: PageState;
}

export interface ExtractResult {
  state: PageState;
  /** Filled only when `state === 'profile'`; never a half-filled record for other states. */
  snapshot: ProfileSnapshot | null;
}

/**
 * The parts of a URL a classifier may read. A URL and the page's own `location`
 * both have them, so the content script classifies the page it loads on
 * without parsing its URL again.
 */
export type UrlParts = Pick<URL, 'hostname' | 'pathname'>;

/**
 * A platform's URL rules alone: all that its content script's first file (the
 * gate, src/content/run-gate.ts) loads, so a page that is not a profile never
 * sets up the extractor or the panel (nonProfileScanMs).
 */
export interface SiteUrlRules {
  id: PlatformId;
  /** Hostname test (no DOM). */
  matchesHost(hostname: string): boolean;
  /** From the URL alone: is this a profile-shaped path? */
  classifyUrl(url: UrlParts): UrlVerdict;
}

/** What a content script needs of its platform: detection and extraction. */
export interface SitePlatform extends SiteUrlRules {
  /** Human name shown in the UI. */
  label: string;
  /** Read the page the user has open; never fetch anything. Must not throw. */
  extract(document: Document, url: string): ExtractResult;
}

export interface PlatformDefinition extends SitePlatform {
  /**
   * Example URLs kept next to the detector: every other detector must reject
   * them (negatives for free). `kind` is what `classifyUrl` must say.
   */
  examples: ReadonlyArray<{ url: string; kind: PageState }>;
}

/** Identity helper that types a platform's URL rules (WXT `define*` style). */
export function defineSiteUrlRules(def: SiteUrlRules): SiteUrlRules {
  return def;
}

/** Identity helper that types a platform's runtime part (WXT `define*` style). */
export function defineSitePlatform(def: SitePlatform): SitePlatform {
  return def;
}

/** Identity helper that types a platform declaration with its examples (WXT `define*` style). */
export function definePlatform(def: PlatformDefinition): PlatformDefinition {
  return def;
}
