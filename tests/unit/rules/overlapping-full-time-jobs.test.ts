import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTranslator } from '../../../src/core/i18n/translate';
import type { Position } from '../../../src/core/snapshot';
import rule, { countsAsFullTime } from '../../../src/rules/overlapping-full-time-jobs';
import { monthOf, monthSpan } from '../../../src/matching/profile-dates';
import { NOW, at, position } from './fixtures';

/**
 * The rule as it was, filtering by the full-time test before pairing; the rule now
 * pairs first and tests only jobs in an overlapping pair, and must give
 * the same evidence in the same order.
 */
function filterFirst(positions: readonly Position[], now: Date): string[] | null {
  const say = makeTranslator(rule.text.evidence);
  const today = monthOf(now);
  const label = (p: Position) => [p.title, p.company].filter(Boolean).join(' · ') || '—';
  const spans = positions
    .slice(0, 60)
    .filter((pos) => countsAsFullTime(pos))
    .map((pos) => {
      const start = monthSpan(pos.start);
      if (!start) return null;
      const end = pos.end ? monthSpan(pos.end) : pos.current ? { first: today, last: today } : null;
      return end ? { pos, first: start.last, last: end.first } : null;
    })
    .filter((s) => s !== null && s.last >= s.first) as { pos: Position; first: number; last: number }[];
  const evidence: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const a = spans[i]!;
      const b = spans[j]!;
      if (a.pos.company && b.pos.company && a.pos.company.trim().toLowerCase() === b.pos.company.trim().toLowerCase()) continue;
      const months = Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1;
      if (months < 6) continue;
      evidence.push(
        say('overlap', {
          a: label(a.pos),
          aDates: `${a.pos.start ?? '?'} – ${a.pos.end ?? say('present')}`,
          b: label(b.pos),
          bDates: `${b.pos.start ?? '?'} – ${b.pos.end ?? say('present')}`,
          months,
        }),
      );
    }
  }
  return evidence.length > 0 ? evidence.slice(0, 5) : null;
}

describe('overlapping-full-time-jobs: pairing before the full-time test', () => {
  it('gives the evidence, in order, that filtering first gave (property)', () => {
    const month = fc.integer({ min: 2015 * 12, max: 2026 * 12 });
    const iso = (i: number, yearOnly: boolean) => (yearOnly ? String(Math.floor(i / 12)) : `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const job = fc.record({
      start: month,
      length: fc.integer({ min: 0, max: 48 }),
      yearOnly: fc.boolean(),
      current: fc.boolean(),
      title: fc.constantFrom('Engineer', 'Part-time engineer', 'Founder', 'Senior Developer', null),
      employmentType: fc.constantFrom(undefined, 'full-time', 'contract', 'self-employed'),
      company: fc.constantFrom('Acme', 'acme ', 'Globex', 'Initech', null),
      description: fc.constantFrom(null, 'Freelance projects', 'Built the API'),
    });
    fc.assert(
      fc.property(fc.array(job, { maxLength: 7 }), (jobs) => {
        const positions = jobs.map((j) =>
          position({ title: j.title, company: j.company, description: j.description, employmentType: j.employmentType, start: iso(j.start, j.yearOnly), end: j.current ? null : iso(j.start + j.length, j.yearOnly), current: j.current }),
        );
        expect(rule.check(at({ positions }))).toEqual(filterFirst(positions, NOW));
      }),
      { numRuns: 1500 },
    );
  });
});
