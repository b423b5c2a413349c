import { describe, expect, it } from 'vitest';
import { evaluateTexts } from '../../tools/corpora/evaluate';
import { ORDINARY_SAMPLE, SCHEME_SAMPLE } from './eval-sample';

/**
 * The figures `npm run eval` reports, held on the committed sample (the team's
 * own writing): at least 80% of scheme passages flagged, at most 2% of ordinary
 * texts with any finding and at most 0.5% at medium or above — the targets the
 * real corpora are measured against too.
 */
describe('evaluation figures on the committed sample', () => {
  const scheme = Object.values(SCHEME_SAMPLE).flat();
  const figures = evaluateTexts(scheme, ORDINARY_SAMPLE);

  it('flags at least 80% of the scheme passages, and at least 3 in 4 of every tactic', () => {
    expect(figures.scheme.flagged / figures.scheme.total, figures.scheme.missed.join('\n')).toBeGreaterThanOrEqual(0.8);
    for (const [tactic, texts] of Object.entries(SCHEME_SAMPLE)) {
      const f = evaluateTexts(texts, []);
      expect(f.scheme.flagged / f.scheme.total, `${tactic}: ${f.scheme.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('leaves ordinary texts alone (≤ 2% any finding, ≤ 0.5% medium or above)', () => {
    const flagged = figures.ordinary.flaggedSamples.map((s) => `${s.rules.join(',')}: ${s.text}`).join('\n');
    expect(figures.ordinary.anyFinding / figures.ordinary.total, flagged).toBeLessThanOrEqual(0.02);
    expect(figures.ordinary.mediumOrAbove / figures.ordinary.total, flagged).toBeLessThanOrEqual(0.005);
  });

  it('reports per rule', () => {
    expect(Object.keys(figures.perRule).length).toBeGreaterThan(5);
    for (const r of Object.values(figures.perRule)) expect(r.schemeHits + r.ordinaryHits).toBeGreaterThan(0);
  });
});
