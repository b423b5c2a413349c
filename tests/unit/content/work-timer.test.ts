import { beforeEach, describe, expect, it } from 'vitest';
import { timed, WORK_MEASURE } from '../../../src/content/work-timer';

describe('timed (the bench sums these slices)', () => {
  beforeEach(() => performance.clearMeasures());

  it('records one measure per slice and returns its value', () => {
    expect(timed(() => 41 + 1)).toBe(42);
    timed(() => undefined);
    expect(performance.getEntriesByName(WORK_MEASURE)).toHaveLength(2);
  });

  it('does not count a nested slice twice', () => {
    timed(() => timed(() => timed(() => 'inner')));
    expect(performance.getEntriesByName(WORK_MEASURE)).toHaveLength(1);
  });

  it('records the slice and rethrows when the work throws, and counts again afterwards', () => {
    expect(() => timed(() => {
      throw new Error('boom');
    })).toThrow('boom');
    timed(() => timed(() => 1));
    expect(performance.getEntriesByName(WORK_MEASURE)).toHaveLength(2);
  });

  it('starts a slice at `since` when given (the script start), so set-up before the call counts', () => {
    const since = performance.now() - 50;
    timed(() => undefined, since);
    const [entry] = performance.getEntriesByName(WORK_MEASURE);
    expect(entry!.startTime).toBeCloseTo(since, 5);
    expect(entry!.duration).toBeGreaterThanOrEqual(50);
  });
});
