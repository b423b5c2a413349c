import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../../src/advisories/documents';
import { documentSchema } from '../../../src/advisories/types';
import { entitySources, shortLabelFrom, sourceFor } from '../../../src/advisories/catalogue';
import { INDICATORS } from '../../../src/advisories/indicators';
import { FRONT_COMPANIES } from '../../../src/advisories/front-companies';

describe('short labels of the guidance documents', () => {
  it('every document has one, valid, and no two documents share one', () => {
    for (const d of DOCUMENTS) expect(documentSchema.safeParse(d).success, d.id).toBe(true);
    const labels = DOCUMENTS.map((d) => d.shortLabel);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(28);
  });

  it('travels with every citation, so a finding can show it', () => {
    for (const i of INDICATORS) {
      const s = sourceFor(i.id);
      expect(s?.shortLabel, i.id).toBe(DOCUMENTS.find((d) => d.id === i.documentId)?.shortLabel);
    }
    for (const e of FRONT_COMPANIES) for (const s of entitySources(e, 'x')) expect(s.shortLabel, `${e.name} ${s.id}`).toBeTruthy();
  });

  it('names a source outside the catalogue by the head of its title and its year', () => {
    expect(shortLabelFrom('ROK designations of 2023-05-23 (Chinyong, Tongmyong)', '2023-05-23')).toBe('ROK designations 2023');
    expect(shortLabelFrom('SentinelLabs: DPRK IT workers — a network of front companies', '2025-02-01')).toBe('SentinelLabs 2025');
    expect(shortLabelFrom('A very long report title without any separator in it at all', null)).toMatch(/^.{1,24}$/);
  });
});
