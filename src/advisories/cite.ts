import { CITED_DOCUMENTS, CITED_INDICATORS } from './citations';
import type { SourceRef } from './types';

/**
 * The citation shown with a rule's finding: document, section, URL — the same
 * answer as `sourceFor` in catalogue.ts, from the compact generated table, so
 * the content script does not carry the whole catalogue.
 */
export function citationFor(indicatorId: string): SourceRef | null {
  const row = Object.hasOwn(CITED_INDICATORS, indicatorId) ? CITED_INDICATORS[indicatorId] : undefined;
  const doc = row && CITED_DOCUMENTS[row[0]];
  if (!row || !doc) return null;
  return { id: doc[0], title: doc[1], section: row[1], url: doc[2], indicatorId };
}
