import { isRecord, asArray, safeHttpUrl } from '../dom-read';
import { cleanText, cleanMultiline } from '../../core/normalise';

/**
 * Small readers for schema.org values, which real pages write in many shapes:
 * a string, an array of strings, an object with `name`, an array of objects.
 * Every reader bounds its input so a 5 MB field or a 10 000-item array costs
 * the same as a normal one.
 */

/** Longest raw string we look at; `cleanText` slices again, this keeps its regexes cheap. */
const MAX_RAW_CHARS = 40_000;
/** Most items read from one repeated property (positions, links …). */
export const MAX_ITEMS = 100;

export type Node = Record<string, unknown>;

/** Index of `@id` → node, so `{"@id": "#me"}` references inside `@graph` resolve. */
export type IdIndex = ReadonlyMap<string, Node>;

export function buildIdIndex(nodes: readonly unknown[]): IdIndex {
  const index = new Map<string, Node>();
  for (const n of nodes.slice(0, 500)) {
    if (isRecord(n) && typeof n['@id'] === 'string' && Object.keys(n).length > 1) index.set(n['@id'], n);
  }
  return index;
}

/** Follow a bare `{"@id": …}` reference; anything else is returned as is. */
export function resolveRef(v: unknown, ids: IdIndex): unknown {
  if (isRecord(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return ids.get(v['@id']) ?? v;
  return v;
}

/** Up to `MAX_ITEMS` values of a property, references resolved. */
export function items(v: unknown, ids: IdIndex): unknown[] {
  return asArray(v).slice(0, MAX_ITEMS).map((x) => resolveRef(x, ids));
}

function raw(v: unknown): string | null {
  if (typeof v === 'string') return v.length > MAX_RAW_CHARS ? v.slice(0, MAX_RAW_CHARS) : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** One-line text from a string, a number or an object's `name` (`{"@type":"Language","name":"French"}`). */
export function str(v: unknown, maxLength = 500): string | null {
  const first = Array.isArray(v) ? v.find((x) => str(x) != null) : v;
  if (isRecord(first)) return cleanText(raw(first['name']) ?? raw(first['@value']), maxLength);
  return cleanText(raw(first), maxLength);
}

/** Multi-line text (descriptions), bounded. */
export function longText(v: unknown, maxLength = 20_000): string | null {
  const first = Array.isArray(v) ? v.find((x) => typeof x === 'string') : v;
  if (typeof first !== 'string') return null;
  return cleanMultiline(first.slice(0, MAX_RAW_CHARS), maxLength);
}

/** Every distinct one-line text of a repeated property. */
export function strList(v: unknown, ids: IdIndex, maxLength = 200): string[] {
  const out: string[] = [];
  for (const x of items(v, ids)) {
    const s = str(x, maxLength);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** An image property → its URL (string, `ImageObject.url|contentUrl`), or `null`. */
export function imageUrl(v: unknown, base: string): string | null {
  const first = asArray(v)[0];
  if (typeof first === 'string') return safeHttpUrl(first.slice(0, 4000), base);
  if (isRecord(first)) return imageUrl(first['url'] ?? first['contentUrl'], base);
  return null;
}

/** http(s) URLs from a string or array of strings / `{url}` objects, deduplicated. */
export function urlList(v: unknown, base: string): string[] {
  const out: string[] = [];
  for (const x of asArray(v).slice(0, MAX_ITEMS)) {
    const s = typeof x === 'string' ? x : isRecord(x) && typeof x['url'] === 'string' ? x['url'] : null;
    const u = s ? safeHttpUrl(s.slice(0, 4000), base) : null;
    if (u && !out.includes(u)) out.push(u);
  }
  return out;
}

/** The last part of a schema.org type name: `http://schema.org/Person` → `Person`, `schema:Person` → `Person`. */
export function typeNames(node: unknown): string[] {
  if (!isRecord(node)) return [];
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .slice(0, 10)
    .map((t) => t.split(/[/:#]/).pop() ?? t);
}

export function isType(node: unknown, ...types: string[]): boolean {
  return typeNames(node).some((t) => types.includes(t));
}
