import { describe, expect, it } from 'vitest';
import {
  bootstrapInterval,
  budgetVerdict,
  compareDifference,
  compareRatio,
  interleavedOrder,
  iqrsOverlap,
  median,
  medianDifference,
  pairedDeltas,
  quantile,
  ratioOfMedians,
  seededRandom,
  spread,
} from '../../bench/stats';

describe('bench statistics: median, quantiles, spread', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates quantiles between order statistics (type 7)', () => {
    const xs = [1, 2, 3, 4, 5];
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 0.25)).toBe(2);
    expect(quantile(xs, 1)).toBe(5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
  });

  it('reports n, median, quartiles and range without reordering its input', () => {
    const xs = [9, 1, 5, 3, 7];
    expect(spread(xs)).toEqual({ n: 5, median: 5, q1: 3, q3: 7, min: 1, max: 9 });
    expect(xs).toEqual([9, 1, 5, 3, 7]);
  });

  it('says whether interquartile ranges overlap', () => {
    expect(iqrsOverlap([1, 2, 3, 4, 5], [3, 4, 5, 6, 7])).toBe(true);
    expect(iqrsOverlap([1, 2, 3, 4, 5], [4, 5, 6, 7, 8])).toBe(false);
    expect(iqrsOverlap([1, 2, 3, 4, 5], [10, 11, 12, 13, 14])).toBe(false);
  });
});

describe('bench statistics: pairing and interleaving', () => {
  it('subtracts the base round by round', () => {
    expect(pairedDeltas([10, 12, 11], [7, 9, 10])).toEqual([3, 3, 1]);
    expect(() => pairedDeltas([1, 2], [1])).toThrow(/differ in length/);
  });

  it('runs every arm once per round, rotating who goes first', () => {
    const order = interleavedOrder(['none', 'empty', 'ours'], 4);
    expect(order).toEqual([
      ['none', 'empty', 'ours'],
      ['empty', 'ours', 'none'],
      ['ours', 'none', 'empty'],
      ['none', 'empty', 'ours'],
    ]);
    for (const round of order) expect(new Set(round).size).toBe(3);
  });

  it('puts each arm in each position equally often over a multiple of the arm count', () => {
    const arms = ['a', 'b', 'c', 'd'];
    const order = interleavedOrder(arms, 8);
    for (const arm of arms) {
      for (let pos = 0; pos < arms.length; pos++) expect(order.filter((r) => r[pos] === arm)).toHaveLength(2);
    }
  });
});

describe('bench statistics: ratios and the noise verdict', () => {
  it('divides medians, b against a', () => {
    expect(ratioOfMedians([2, 2, 2], [10, 10, 10])).toBe(5);
  });

  it('subtracts round by round when paired, medians otherwise', () => {
    // Rounds: (1, 2), (5, 5), (9, 20): differences 1, 0, 11 → median 1; medians 5 and 5 → 0.
    expect(medianDifference([1, 5, 9], [2, 5, 20])).toBe(1);
    expect(medianDifference([1, 5, 9, 13], [2, 5, 20])).toBe(5 - 7);
  });

  it('is reproducible for a given seed', () => {
    const r1 = seededRandom(42);
    const r2 = seededRandom(42);
    const xs = Array.from({ length: 5 }, () => r1());
    expect(Array.from({ length: 5 }, () => r2())).toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const a = [1, 2, 3, 4, 5, 6, 7];
    const b = [2, 3, 4, 5, 6, 7, 8];
    expect(bootstrapInterval(a, b, ratioOfMedians, { seed: 7 })).toEqual(bootstrapInterval(a, b, ratioOfMedians, { seed: 7 }));
  });

  it('finds no difference between two arms measuring the same thing', () => {
    // The same noisy values, shuffled between rounds: what two identical builds give.
    const a = [10.2, 11.5, 9.8, 12.1, 10.9, 11.3, 10.4, 12.6, 9.9, 11.0, 10.7, 11.8, 10.1, 11.2, 10.5];
    const b = [11.0, 10.1, 12.6, 9.8, 11.3, 10.4, 11.8, 10.2, 10.9, 12.1, 9.9, 10.5, 11.5, 10.7, 11.2];
    const c = compareRatio(a, b);
    expect(c.interval.value).toBeCloseTo(1, 6);
    expect(c.interval.low).toBeLessThan(1);
    expect(c.interval.high).toBeGreaterThan(1);
    expect(c.beyondNoise).toBe(false);
    expect(c.iqrsOverlap).toBe(true);
  });

  it('finds a clear difference beyond the noise, with an interval around it', () => {
    const a = [10.2, 11.5, 9.8, 12.1, 10.9, 11.3, 10.4, 12.6, 9.9, 11.0, 10.7, 11.8, 10.1, 11.2, 10.5];
    const b = a.map((x) => x * 0.6);
    const c = compareRatio(a, b);
    expect(c.interval.value).toBeCloseTo(0.6, 6);
    // Paired by round, a constant factor leaves no spread at all.
    expect(c.interval.low).toBeCloseTo(0.6, 6);
    expect(c.interval.high).toBeCloseTo(0.6, 6);
    expect(c.beyondNoise).toBe(true);
    expect(c.iqrsOverlap).toBe(false);
  });

  it('keeps rounds together: drift shared by both arms in a round does not widen the interval', () => {
    // Machine load rises through the run and hits both arms alike; b is always 1 ms more.
    const a = Array.from({ length: 15 }, (_, i) => 5 + i);
    const b = a.map((x) => x + 1);
    const paired = compareDifference(a, b);
    expect(paired.interval.value).toBe(1);
    expect(paired.beyondNoise).toBe(true);
    // The same values unpaired (one load dropped) are lost in the drift.
    const unpaired = compareDifference(a, b.slice(1));
    expect(unpaired.beyondNoise).toBe(false);
    expect(paired.iqrsOverlap).toBe(true);
  });

  it('gives no verdict on too few rounds, however clear the difference looks', () => {
    const c = compareRatio([10, 11, 12], [20, 22, 24]);
    expect(c.interval.value).toBe(2);
    expect(c.tooFewRounds).toBe(true);
    expect(c.beyondNoise).toBe(false);
  });

  it('gives no interval for an empty arm', () => {
    const c = compareRatio([], [1, 2]);
    expect(c.beyondNoise).toBe(false);
    expect(c.interval.low).toBeNaN();
  });
});

describe('bench statistics: budget verdicts', () => {
  it('reads a ceiling, a floor and an aim', () => {
    expect(budgetVerdict(4.2, { max: 5, aim: 3, unit: '×' })).toBe('within (≤ 5×); aim ≤ 3× not reached');
    expect(budgetVerdict(2.5, { max: 5, aim: 3, unit: '×' })).toBe('within (≤ 5×); aim ≤ 3× reached');
    expect(budgetVerdict(6, { max: 5, unit: '×' })).toBe('OVER (≤ 5×)');
    expect(budgetVerdict(40_000, { min: 50_000 })).toBe('OVER (≥ 50000)');
    expect(budgetVerdict(60_000, { min: 50_000 })).toBe('within (≥ 50000)');
    expect(budgetVerdict(NaN, { max: 1 })).toBe('no value');
  });
});
