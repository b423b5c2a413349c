import { cleanText } from '../../core/normalise';
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
/** `code` elements looked at for blocks (each response has two: its JSON and its datalet). */
const MAX_CODE_ELEMENTS = 5_000;
const MAX_NODES_PER_BLOCK = 50_000;
const MAX_DEPTH = 12;

export interface VoyagerData {
  /** Profiles from responses other than `/voyager/api/me`. */
  profiles: Record<string, unknown>[];
  /** Profiles from the viewer's own `/voyager/api/me` response. */
  viewerProfiles: Record<string, unknown>[];
  /** An object with this `entityUrn` from a non-viewer response, to resolve `*geo`-style references. */
  byUrn(urn: string): Record<string, unknown> | undefined;
}

/**
 * The `code[id^="bpr-guid-"]` response blocks, at most `limit`. Read from
 * the browser's own list of `code` elements: the attribute-prefix selector
 * walked the whole 600 KB page on every call.
 */
export function voyagerBlocks(doc: Document, limit = MAX_BLOCKS): Element[] {
  const out: Element[] = [];
  try {
    const codes = doc.getElementsByTagName('code');
    const n = Math.min(codes.length, MAX_CODE_ELEMENTS);
    for (let i = 0; i < n && out.length < limit; i++) if (codes[i]!.id.startsWith('bpr-guid-')) out.push(codes[i]!);
  } catch {
    /* no blocks */
  }
  return out;
}

function requestOf(doc: Document, codeId: string): string {
  const datalet = doc.getElementById(`datalet-${codeId}`);
  const meta = safeJsonParse(datalet?.textContent ?? null, 100_000);
  return isRecord(meta) && typeof meta.request === 'string' ? meta.request : '';
}

/** Iterative, bounded walk collecting typed objects (no recursion: hostile nesting cannot blow the stack). */
function collect(root: unknown, into: Record<string, unknown>[], byUrn: Map<string, Record<string, unknown>> | null): void {
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
    if (byUrn && typeof node.entityUrn === 'string' && !byUrn.has(node.entityUrn)) byUrn.set(node.entityUrn, node);
    if (depth < MAX_DEPTH) for (const v of Object.values(node)) if (typeof v === 'object' && v !== null) stack.push([v, depth + 1]);
  }
}

/** Whether a Profile object is the one at this (lower-case) URL slug. */
const isProfileOf = (slug: string) => (p: Record<string, unknown>) => typeof p.publicIdentifier === 'string' && p.publicIdentifier.toLowerCase() === slug;

interface Block {
  text: string;
  viewer: boolean;
}

/**
 * Reads the embedded responses. The logged-in page carries ~150 KB of them,
 * mostly feed, sidebar and "People also viewed": only responses whose text
 * names the candidate's slug are parsed up front, the rest only when a
 * reference must be resolved or the candidate was not found (then all of
 * them, as before). Parsing everything was most of the first scan's
 * main-thread time.
 */
export function readVoyager(doc: Document, slug: string | null = null): VoyagerData {
  const profiles: Record<string, unknown>[] = [];
  const viewerProfiles: Record<string, unknown>[] = [];
  const urns = new Map<string, Record<string, unknown>>();
  const later: Block[] = [];
  const parse = (b: Block) => {
    const parsed = safeJsonParse(b.text);
    if (parsed == null) return;
    // The viewer block's objects are kept apart and never enter byUrn: nothing of theirs may be
    // resolved into the candidate's record.
    if (b.viewer) collect(parsed, viewerProfiles, null);
    else collect(parsed, profiles, urns);
  };
  const parseLater = (keep: (b: Block) => boolean) => {
    for (let i = 0; i < later.length; ) {
      if (keep(later[i]!)) i++;
      else parse(later.splice(i, 1)[0]!);
    }
  };

  const blocks = voyagerBlocks(doc);
  // A slug JSON might escape (non-ASCII) cannot be searched for as text: parse everything.
  const needle = slug && /^[\x20-\x7e]+$/.test(slug) ? `"${slug.toLowerCase()}"` : null;
  for (const el of blocks) {
    const text = el.textContent;
    if (!text) continue;
    const block = { text, viewer: /\/voyager\/api\/me(?:[/?]|$)/.test(requestOf(doc, el.id)) };
    if (needle === null || text.includes(needle) || text.toLowerCase().includes(needle)) parse(block);
    else later.push(block);
  }
  if (slug && later.length && !profiles.some(isProfileOf(slug)) && !viewerProfiles.some(isProfileOf(slug))) parseLater(() => false);

  return {
    profiles,
    viewerProfiles,
    byUrn(urn) {
      if (!urns.has(urn) && later.length) parseLater((b) => b.viewer || !b.text.includes(urn));
      return urns.get(urn);
    },
  };
}

/** The candidate's Profile object: `publicIdentifier` equal to the URL slug, never the viewer's block unless it is their own page. */
export function candidateProfile(data: VoyagerData, slug: string | null): Record<string, unknown> | null {
  if (!slug) return null;
  return data.profiles.find(isProfileOf(slug)) ?? data.viewerProfiles.find(isProfileOf(slug)) ?? null;
}

/**
 * The headline as the Profile states it: `headline`, else the first of its
 * `multiLocaleHeadline` translations (some responses carry only those).
 */
export function profileHeadline(profile: Record<string, unknown>): string | null {
  if (typeof profile.headline === 'string' && profile.headline.trim()) return cleanText(profile.headline, 1000);
  const multi = profile.multiLocaleHeadline;
  if (isRecord(multi)) {
    for (const v of Object.values(multi).slice(0, 20)) if (typeof v === 'string' && v.trim()) return cleanText(v, 1000);
  }
  return null;
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
export function profileGeoText(profile: Record<string, unknown>, byUrn: (urn: string) => Record<string, unknown> | undefined): string | null {
  const gl = profile.geoLocation;
  if (!isRecord(gl)) return typeof profile.locationName === 'string' ? profile.locationName : null;
  let geo: unknown = gl.geo;
  if (!isRecord(geo) && typeof gl['*geo'] === 'string') geo = byUrn(gl['*geo']);
  if (isRecord(geo) && (geo.$type === undefined || geo.$type === GEO_TYPE) && typeof geo.defaultLocalizedName === 'string') {
    return geo.defaultLocalizedName;
  }
  return null;
}
