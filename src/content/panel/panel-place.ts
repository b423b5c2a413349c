import { browser } from 'wxt/browser';

/**
 * Where the panel sits: one of the viewport's four corners, chosen by the
 * recruiter ("Move" in the panel) and remembered per site, so a site whose
 * own controls live in the bottom-right corner (a chat launcher, a "message"
 * bar) is never covered for good. Kept in the extension's own storage under
 * its own key, never in the page (the page must learn nothing of the panel).
 * The content scripts carry no schema library: the stored value is checked by
 * hand and anything unexpected falls back to the default corner.
 */
export const CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type Corner = (typeof CORNERS)[number];
export const DEFAULT_CORNER: Corner = 'bottom-right';
/** storage.local key: `{ [siteId]: Corner }`. */
export const PLACE_KEY = 'panelPlace';

export function isCorner(v: unknown): v is Corner {
  return typeof v === 'string' && (CORNERS as readonly string[]).includes(v);
}

/** The corner after `corner`, clockwise from the bottom right. */
export function nextCorner(corner: Corner): Corner {
  return CORNERS[(CORNERS.indexOf(corner) + 1) % CORNERS.length]!;
}

/** A stored map, reduced to its valid entries (a corrupt entry is dropped, the rest kept). */
export function readPlaces(raw: unknown): Record<string, Corner> {
  const out: Record<string, Corner> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [site, corner] of Object.entries(raw as Record<string, unknown>)) {
    if (site.length <= 40 && isCorner(corner)) out[site] = corner;
  }
  return out;
}

export interface PlaceStore {
  load(site: string): Promise<Corner>;
  save(site: string, corner: Corner): Promise<void>;
}

/** The extension's storage; an orphaned copy (extension reloaded) reads the default and writes nothing. */
export const extensionPlaceStore: PlaceStore = {
  async load(site) {
    try {
      const got = (await browser.storage.local.get(PLACE_KEY)) as Record<string, unknown>;
      return readPlaces(got[PLACE_KEY])[site] ?? DEFAULT_CORNER;
    } catch {
      return DEFAULT_CORNER;
    }
  },
  async save(site, corner) {
    try {
      const got = (await browser.storage.local.get(PLACE_KEY)) as Record<string, unknown>;
      await browser.storage.local.set({ [PLACE_KEY]: { ...readPlaces(got[PLACE_KEY]), [site]: corner } });
    } catch {
      /* extension gone or storage full: the corner holds for this page only */
    }
  },
};
