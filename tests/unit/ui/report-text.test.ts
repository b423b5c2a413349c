import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/engine/lookup';
import { handoffJson, handoffText } from '../../../src/ui/popup/report-text';

describe('hand-off of a report (ATS note and JSON)', () => {
  const report = lookup('Alis LLC', undefined, new Date('2026-12-02T00:00:00Z')).report!;
  const input = { profileUrl: null, candidateName: null, origin: 'lookup' as const, report, date: new Date('2026-12-02T00:00:00Z') };

  it('keeps each source’s date and basis, so the reader can weigh it', () => {
    expect(handoffText(input)).toContain('(2024-03-27, known from secondary reports)');
    expect(handoffJson(input).findings[0]!.sources[0]).toMatchObject({ id: 'uskr24-sanc-mar', basis: 'secondary', date: '2024-03-27' });
  });
});
