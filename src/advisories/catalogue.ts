import { DOCUMENTS } from './documents';
import { ENTITY_ACTIONS, type FrontCompany } from './front-companies';
import type { FakeEmployer } from './fake-employers';
import { INDICATORS } from './indicators';
import { SEAL_ATTRIBUTION, SEAL_DOCUMENT_ID, SEAL_INDICATORS } from './seal-framework';
import { PRIVATE_SECTOR_SOURCES, type SeizedDomain } from './seized-domains';
import type { GuidanceDocument, Indicator, SourceRef } from './types';
import type { SourceBasis } from '../core/report';

const documentsById = new Map(DOCUMENTS.map((d) => [d.id, d]));
// The practitioner heuristics resolve like indicators; they are not part of the government catalogue.
const indicatorsById = new Map([...INDICATORS, ...SEAL_INDICATORS].map((i) => [i.id, i]));

export function getDocument(id: string): GuidanceDocument | undefined {
  return documentsById.get(id);
}

export function getIndicator(id: string): Indicator | undefined {
  return indicatorsById.get(id);
}

/**
 * The digest's basis code as a recruiter reads it (shared/advisories.md §0): anything read in the
 * document itself, whole (V) or in part (P), is `primary`; known only from reports about it (S) is
 * `secondary`. A mixed code ("P / S") counts by its first, strongest part.
 */
export function basisOf(code: string): SourceBasis {
  return /^\s*[VP]/.test(code) ? 'primary' : 'secondary';
}

/**
 * A short name for a source that is not in the document catalogue (an entity action, a private
 * report): its title up to the first colon, dash or bracket, with the year when the title lacks it.
 */
export function shortLabelFrom(title: string, date: string | null): string {
  const head = title.split(/\s*(?:[:(—–]|\s-\s)/)[0]!.replace(/\s*(?:\b(?:of|on)\s+)?\d{4}-\d{2}-\d{2}/g, '').trim();
  const words = head.length > 24 ? `${head.slice(0, 23).trimEnd()}…` : head;
  const year = date?.slice(0, 4);
  return year && !words.includes(year) ? `${words} ${year}` : words;
}

/** The citation shown with a finding: document, section, URL, date and basis. */
export function sourceFor(indicatorId: string): SourceRef | null {
  const indicator = indicatorsById.get(indicatorId);
  if (indicator?.documentId === SEAL_DOCUMENT_ID) {
    return { id: SEAL_DOCUMENT_ID, title: `${SEAL_ATTRIBUTION.title} (practitioner framework, ${SEAL_ATTRIBUTION.licence})`, shortLabel: 'SEAL framework', section: indicator.section, url: SEAL_ATTRIBUTION.url, indicatorId, basis: 'vendor', date: null };
  }
  const doc = indicator && documentsById.get(indicator.documentId);
  if (!indicator || !doc) return null;
  return {
    id: doc.id,
    title: doc.title,
    shortLabel: doc.shortLabel,
    section: indicator.section,
    url: doc.url,
    indicatorId,
    basis: basisOf(indicator.basis),
    date: doc.date,
  };
}

/**
 * The designation or action that names one entity, in the data's own order (its first source is
 * the one the digest gives the URL for): an entity match cites that, not a fixed release.
 */
export function entitySources(entity: FrontCompany | FakeEmployer, indicatorId: string): SourceRef[] {
  return entity.sourceIds.flatMap((id, i): SourceRef[] => {
    const doc = documentsById.get(id);
    const action = doc ? null : ENTITY_ACTIONS[id];
    if (!doc && !action) return [];
    return [
      {
        id,
        title: doc?.title ?? action!.title,
        shortLabel: doc?.shortLabel ?? shortLabelFrom(action!.title, action!.date),
        section: `Names ${entity.name}`,
        url: i === 0 ? entity.sourceUrl : (doc?.url ?? action!.url),
        indicatorId,
        // The entity's basis is the digest's for its first source; a further source has its own.
        basis: basisOf(i === 0 ? entity.basis : (doc?.basis ?? action!.basis)),
        date: doc ? doc.date : action!.date,
      },
    ];
  });
}

/** The action (or the private report) that names one seized domain. */
export function domainSource(entry: SeizedDomain, indicatorId: string): SourceRef {
  const doc = documentsById.get(entry.sourceId);
  if (doc) {
    return { id: doc.id, title: doc.title, shortLabel: doc.shortLabel, section: `Names ${entry.domain}`, url: entry.sourceUrl, indicatorId, basis: basisOf(doc.basis), date: doc.date };
  }
  const report = PRIVATE_SECTOR_SOURCES[entry.sourceId];
  return {
    id: entry.sourceId,
    title: report?.title ?? entry.sourceId,
    shortLabel: shortLabelFrom(report?.title ?? entry.sourceId, report?.date ?? null),
    section: `Names ${entry.domain}`,
    url: entry.sourceUrl,
    indicatorId,
    basis: 'vendor',
    date: report?.date ?? null,
  };
}
