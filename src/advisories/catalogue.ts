import { DOCUMENTS } from './documents';
import { INDICATORS } from './indicators';
import type { GuidanceDocument, Indicator, SourceRef } from './types';

const documentsById = new Map(DOCUMENTS.map((d) => [d.id, d]));
const indicatorsById = new Map(INDICATORS.map((i) => [i.id, i]));

export function getDocument(id: string): GuidanceDocument | undefined {
  return documentsById.get(id);
}

export function getIndicator(id: string): Indicator | undefined {
  return indicatorsById.get(id);
}

/** The citation shown with a finding: document, section, URL. */
export function sourceFor(indicatorId: string): SourceRef | null {
  const indicator = indicatorsById.get(indicatorId);
  const doc = indicator && documentsById.get(indicator.documentId);
  if (!indicator || !doc) return null;
  return { id: doc.id, title: doc.title, section: indicator.section, url: doc.url, indicatorId };
}
