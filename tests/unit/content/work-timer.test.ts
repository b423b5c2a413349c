import { beforeEach, describe, expect, it } from 'vitest';
import { recordMoment, recordSpan, TIMING, timed, timingLog, timingsNamed, TIMINGS_KEPT, TIMINGS_KEY } from '../../../src/content/work-timer';

const global = globalThis as unknown as Record<string, unknown>;

describe('timed (the bench sums these slices)', () => {
  beforeEach(() => {
    delete global[TIMINGS_KEY];
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('records one slice per call and returns its value', () => {
    expect(timed(() => 41 + 1)).toBe(42);
    timed(() => undefined);
    expect(timingsNamed(TIMING.work)).toHaveLength(2);
  });

  it('does not count a nested slice twice', () => {
    timed(() => timed(() => timed(() => 'inner')));
    expect(timingsNamed(TIMING.work)).toHaveLength(1);
  });

  it('records the slice and rethrows when the work throws, and counts again afterwards', () => {
    expect(() => timed(() => {
      throw new Error('boom');
    })).toThrow('boom');
    timed(() => timed(() => 1));
    expect(timingsNamed(TIMING.work)).toHaveLength(2);
  });

  it('starts a slice at `since` when given (the script start), so set-up before the call counts', () => {
    const since = performance.now() - 50;
    timed(() => undefined, since);
    const [entry] = timingsNamed(TIMING.work);
    expect(entry!.start).toBeCloseTo(since, 5);
    expect(entry!.duration).toBeGreaterThanOrEqual(50);
  });

  it('keeps moments and spans beside the slices, in order', () => {
    recordMoment(TIMING.start);
    timed(() => undefined);
    const mountedAt = recordMoment(TIMING.mounted);
    recordSpan(TIMING.scan, timingsNamed(TIMING.start)[0]!.start, mountedAt);
    expect(timingLog().map((e) => e.name)).toEqual([TIMING.start, TIMING.work, TIMING.mounted, TIMING.scan]);
    expect(timingsNamed(TIMING.mounted)[0]!.duration).toBe(0);
    expect(timingsNamed(TIMING.scan)[0]!.duration).toBe(mountedAt - timingsNamed(TIMING.start)[0]!.start);
  });

  it('writes nothing to the page’s Performance timeline, which page scripts can read', () => {
    recordMoment(TIMING.read);
    timed(() => undefined);
    expect(performance.getEntries().filter((e) => /hire|signals|work|page-read/i.test(e.name))).toEqual([]);
  });

  it('shares one log between the files of a script world (gate and reader) through the global', () => {
    timed(() => undefined);
    expect(global[TIMINGS_KEY]).toBe(timingLog());
    (global[TIMINGS_KEY] as unknown[]).push({ name: TIMING.read, start: 1, duration: 0 });
    expect(timingsNamed(TIMING.read)).toHaveLength(1);
  });

  it('replaces a log that is not a list, and keeps only the latest entries on a long-lived page', () => {
    global[TIMINGS_KEY] = 'broken';
    timed(() => undefined);
    expect(timingsNamed(TIMING.work)).toHaveLength(1);
    for (let i = 0; i < TIMINGS_KEPT + 20; i++) recordMoment(TIMING.read);
    recordMoment(TIMING.mounted);
    expect(timingLog()).toHaveLength(TIMINGS_KEPT);
    expect(timingLog().at(-1)!.name).toBe(TIMING.mounted);
    expect(timingsNamed(TIMING.work)).toHaveLength(0);
  });
});
