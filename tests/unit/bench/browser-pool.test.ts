import { describe, expect, it } from 'vitest';
import { BROWSERS_PER_BUILD, browserLabels, pooledRounds, roundMeanCosts, roundMeans } from '../../bench/browser-pool';
import { MAIN_THREAD_METRICS, type MainThreadCost } from '../../bench/main-thread-cost';

/** A reading with every metric at `value`, and ThreadTime at `thread`. */
const cost = (value: number, thread = value): MainThreadCost =>
  ({ ...Object.fromEntries(MAIN_THREAD_METRICS.map((m) => [m, value])), ThreadTime: thread }) as MainThreadCost;

describe('several browsers for one arm (A/B builds, the first-scan ratio)', () => {
  it('names one arm per browser, the first by the build itself', () => {
    expect(BROWSERS_PER_BUILD).toBeGreaterThanOrEqual(2);
    expect(browserLabels('with', 2)).toEqual(['with', 'with#2']);
    expect(browserLabels('without', 3)).toEqual(['without', 'without#2', 'without#3']);
  });

  it('takes a round\'s value as the mean of the build\'s browsers in that round', () => {
    // A browser slower by 2 ms throughout moves both builds' rounds alike when each build has one like it.
    expect(roundMeans([[10, 12, 14], [12, 14, 16]])).toEqual([11, 13, 15]);
    expect(roundMeans([[5]])).toEqual([5]);
  });

  it('pools one side\'s series read from each of its browsers\' figures, and no other arm\'s', () => {
    const figures = { ours: { work: [10, 20] }, 'ours#2': { work: [12, 24] }, reference: { work: [1, 1] } };
    expect(pooledRounds(['ours', 'ours#2'], figures, (f) => f.work)).toEqual([11, 22]);
    expect(pooledRounds(['reference'], figures, (f) => f.work)).toEqual([1, 1]);
  });

  it('refuses browsers that loaded different numbers of rounds rather than pairing them wrongly', () => {
    expect(() => roundMeans([[1, 2], [1]])).toThrow(/different numbers of rounds/);
  });

  it('averages main-thread readings metric by metric, round by round', () => {
    const pooled = roundMeanCosts([
      [cost(1, 10), cost(2, 20)],
      [cost(3, 30), cost(4, 40)],
    ]);
    expect(pooled).toHaveLength(2);
    expect(pooled[0]!.ThreadTime).toBe(20);
    expect(pooled[1]!.ThreadTime).toBe(30);
    expect(pooled[0]!.ScriptDuration).toBe(2);
    expect(pooled[1]!.V8CompileDuration).toBe(3);
  });
});
