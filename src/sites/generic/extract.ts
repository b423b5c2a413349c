import type { ExtractResult } from '../define-site';
import { isRecord, readJsonLd } from '../dom-read';
import type { PlatformId, ProfileSnapshot } from '../../core/snapshot';
import { findMicrodataPersons, readMicrodataItem } from './microdata-person';
import { personToSnapshot } from './person-snapshot';
import { buildIdIndex, type IdIndex, type Node, isType, resolveRef } from './schema-values';

export { personToSnapshot } from './person-snapshot';

/** Page types whose `mainEntity` is the person the page is about (schema.org ProfilePage, 2023). */
const PAGE_TYPES = ['ProfilePage', 'AboutPage', 'WebPage'];

/**
 * The Person a page is about, from JSON-LD: the `mainEntity` of a
 * ProfilePage first, else a top-level (or `@graph`) Person with a name.
 * Persons nested elsewhere (an article's author, a review's reviewer) are
 * not the page's subject and are ignored.
 */
export function findJsonLdPerson(doc: Document): { person: Node; ids: IdIndex } | null {
  const nodes = readJsonLd(doc).slice(0, 500);
  const ids = buildIdIndex(nodes);
  const named = (n: unknown): n is Node => isRecord(n) && isType(n, 'Person') && (n['name'] != null || n['givenName'] != null);
  for (const n of nodes) {
    if (!isType(n, ...PAGE_TYPES) || !isRecord(n)) continue;
    for (const key of ['mainEntity', 'about']) {
      const entity = resolveRef(Array.isArray(n[key]) ? n[key][0] : n[key], ids);
      if (named(entity)) return { person: entity, ids };
    }
  }
  for (const n of nodes) if (named(n)) return { person: n, ids };
  return null;
}

/** A schema.org Person read from JSON-LD, else microdata; `null` when the page has none. */
export function readPersonSnapshot(doc: Document, url: string, platform: PlatformId): ProfileSnapshot | null {
  const ld = findJsonLdPerson(doc);
  if (ld) {
    const snap = personToSnapshot(ld.person, platform, url, ld.ids);
    if (snap.name) return snap;
  }
  for (const el of findMicrodataPersons(doc).slice(0, 5)) {
    const snap = personToSnapshot(readMicrodataItem(el), platform, url);
    if (snap.name) return snap;
  }
  return null;
}

/**
 * Generic reader for a schema.org `Person` in JSON-LD or microdata on any
 * page (platform-pages.md "Any other site"). A page without a named
 * Person is `not-a-profile`. Never throws.
 */
export function extract(document: Document, url: string): ExtractResult {
  try {
    const snapshot = readPersonSnapshot(document, url, 'generic');
    return snapshot ? { state: 'profile', snapshot } : { state: 'not-a-profile', snapshot: null };
  } catch {
    return { state: 'not-a-profile', snapshot: null };
  }
}
