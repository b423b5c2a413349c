/**
 * Where the in-page panel sits: one of the viewport's four corners, chosen by
 * the recruiter ("Move" in the panel) and remembered per site, so a site
 * whose own controls live in the bottom-right corner (a chat launcher, a
 * "message" bar) is never covered for good. Kept in the extension's own
 * storage under its own key, never in the page (the page must learn nothing
 * of the panel). The background reads it and sends it with every panel
 * update; the panel writes it when the recruiter moves it.
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

/**
 * A stored map, reduced to its valid entries (a corrupt entry is dropped, the
 * rest kept). Checked by hand: the content scripts, which write the map,
 * carry no schema library.
 */
export function readPlaces(raw: unknown): Record<string, Corner> {
  const out: Record<string, Corner> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [site, corner] of Object.entries(raw as Record<string, unknown>)) {
    if (site.length <= 40 && isCorner(corner)) out[site] = corner;
  }
  return out;
}
