import type { SiteTrait } from '../core/site-traits';
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

/** A URL kept next to its classifier: what `classify` must say of it; every other site must reject it. */
export interface UrlExample {
  url: string;
  kind: PageState;
}

/**
 * What a site's content-script gate loads (src/content/run-gate.ts): its
 * hosts and its URL classifier, both from the site's `urls.ts`, and nothing
 * that reads the page, so a page that is not a profile never sets up the
 * extractor or the panel (nonProfileScanMs).
 */
export interface SiteUrlRules {
  id: PlatformId;
  /**
   * Manifest match patterns of the hosts its profiles live on (`https://www.upwork.com/*`).
   * They are the content script's matches and the host test everywhere (src/core/host-pattern.ts).
   */
  hosts: readonly string[];
  urls: {
    /** From the URL alone: is this a profile-shaped path? */
    classify(url: UrlParts): UrlVerdict;
  };
}

/** What a site's reader loads: the gate's part, the site's name and its extractor. */
export interface SitePlatform extends SiteUrlRules {
  /** Human name shown in the panel and the options page. */
  label: string;
  /** Read the page the user has open; never fetch anything. Must not throw. */
  extract(document: Document, url: string): ExtractResult;
}

/** A site as its folder declares it (`src/sites/<id>/site.ts`). */
export interface SiteDefinition extends SitePlatform {
  /** What kind of site it is, for rules that apply to a kind of site (src/core/site-traits.ts). */
  traits?: readonly SiteTrait[];
  urls: SitePlatform['urls'] & {
    /** Example URLs next to the classifier (design.md "Conventions"): negatives for every other site, for free. */
    examples: readonly UrlExample[];
  };
}

/**
 * Declares a site (WXT `define*` style: an identity function that types it).
 * `hosts` and `classify` must be the exports of those names of the folder's
 * `urls.ts`, and `extract` the `extract` export of its `extract.ts`: the
 * build's generated content-script entries (build/site-entries.ts) import
 * those two modules directly, so the gate carries no extractor and no
 * content script carries the examples (tests/unit/sites/registry.test.ts
 * holds every site to this).
 */
export function defineSite(def: SiteDefinition): SiteDefinition {
  return def;
}
