import { isRecord, safeJsonParse } from '../dom-read';

/**
 * The logged-in SPA embeds its API responses as JSON in `code[id^="bpr-guid-"]`,
 * each paired with `code#datalet-bpr-guid-…` naming the request
 * (shared/platform-pages.md, "Logged-in view" 1). Objects are found by `$type`,
 * never by query id, because query ids rotate with every deploy.
 *
 * The `/voyager/api/me` response is the VIEWER (the recruiter), and other
 * Profile objects are people in "People also viewed" or the feed: only the
 * Profile whose `publicIdentifier` equals the URL's slug is the candidate.
 */
export const PROFILE_TYPE = 'com.linkedin.voyager.dash.identity.profile.Profile';
const GEO_TYPE = 'com.linkedin.voyager.dash.common.Geo';

const MAX_BLOCKS = 300;
const MAX_NODES_PER_BLOCK = 50_000;
const MAX_DEPTH = 12;

export interface VoyagerData {
  /** Profiles from responses other than `/voyager/api/me`. */
  profiles: Record<string, unknown>[];
  /** Profiles from the viewer's own `/voyager/api/me` response. */
  viewerProfiles: Record<string, unknown>[];
  /** Every object with an `entityUrn`, to resolve `*geo`-style references. */
  byUrn: Map<string, Record<string, unknown>>;
}

function requestOf(doc: Document, codeId: string): string {
  const datalet = doc.getElementById(`datalet-${codeId}`);
  const meta = safeJsonParse(datalet?.textContent ?? null, 100_000);
  return isRecord(meta) && typeof meta.request === 'string' ? meta.request : '';
}

/** Iterative, bounded walk collecting typed objects (no recursion: hostile nesting cannot blow the stack). */
function collect(root: unknown, into: Record<string, unknown>[], byUrn: Map<string, Record<string, unknown>>): void {
  const stack: Array<[unknown, number]> = [[root, 0]];
  let seen = 0;
  while (stack.length && seen < MAX_NODES_PER_BLOCK) {
    const [node, depth] = stack.pop()!;
    seen++;
    if (Array.isArray(node)) {
      if (depth < MAX_DEPTH) for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], depth + 1]);
      continue;
    }
    if (!isRecord(node)) continue;
    if (node.$type === PROFILE_TYPE) into.push(node);
    if (typeof node.entityUrn === 'string' && !byUrn.has(node.entityUrn)) byUrn.set(node.entityUrn, node);
    if (depth < MAX_DEPTH) for (const v of Object.values(node)) if (typeof v === 'object' && v !== null) stack.push([v, depth + 1]);
  }
}

export function readVoyager(doc: Document): VoyagerData {
  const data: VoyagerData = { profiles: [], viewerProfiles: [], byUrn: new Map() };
  let blocks: NodeListOf<Element>;
  try {
    blocks = doc.querySelectorAll('code[id^="bpr-guid-"]');
  } catch {
    return data;
  }
  const n = Math.min(blocks.length, MAX_BLOCKS);
  for (let i = 0; i < n; i++) {
    const el = blocks[i]!;
    const parsed = safeJsonParse(el.textContent);
    if (parsed == null) continue;
    const isViewer = /\/voyager\/api\/me(?:[/?]|$)/.test(requestOf(doc, el.id));
    // The viewer block's objects are kept apart and never enter byUrn: nothing of theirs may be
    // resolved into the candidate's record.
    if (isViewer) collect(parsed, data.viewerProfiles, new Map());
    else collect(parsed, data.profiles, data.byUrn);
  }
  return data;
}

/** The candidate's Profile object: `publicIdentifier` equal to the URL slug, never the viewer's block unless it is their own page. */
export function candidateProfile(data: VoyagerData, slug: string | null): Record<string, unknown> | null {
  if (!slug) return null;
  const same = (p: Record<string, unknown>) => typeof p.publicIdentifier === 'string' && p.publicIdentifier.toLowerCase() === slug;
  return data.profiles.find(same) ?? data.viewerProfiles.find(same) ?? null;
}

/** `urn:li:member:123456` → 123456. */
export function memberNumber(urn: unknown): number | null {
  if (typeof urn !== 'string') return null;
  const m = urn.match(/^urn:li:member:(\d{1,15})$/);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) ? n : null;
}

/** Location text from a Profile's `geoLocation` (inline `geo` or a `*geo` reference). */
export function profileGeoText(profile: Record<string, unknown>, byUrn: Map<string, Record<string, unknown>>): string | null {
  const gl = profile.geoLocation;
  if (!isRecord(gl)) return typeof profile.locationName === 'string' ? profile.locationName : null;
  let geo: unknown = gl.geo;
  if (!isRecord(geo) && typeof gl['*geo'] === 'string') geo = byUrn.get(gl['*geo']);
  if (isRecord(geo) && (geo.$type === undefined || geo.$type === GEO_TYPE) && typeof geo.defaultLocalizedName === 'string') {
    return geo.defaultLocalizedName;
  }
  return null;
}
