import { describe, expect, it } from 'vitest';
import { ALL_WORK, breakdownRows, pageMainThread, selfTimeByName } from '../../bench/trace-breakdown';

const main = { pid: 7, tid: 1 };
const x = (name: string, ts: number, dur: number, tdur: number, cat = 'devtools.timeline', at = main) => ({ ph: 'X', name, cat, ts, dur, tdur, ...at });

describe('trace breakdown (bench): self thread time by event name', () => {
  it('takes each event’s CPU time less its children’s, nested by wall-clock spans', () => {
    const events = [
      x('RunTask', 0, 10_000, 8_000, 'toplevel'),
      x('v8.compile', 1_000, 2_000, 2_000, 'v8'),
      x('v8.run', 4_000, 5_000, 4_000, 'v8'),
      x('RunMicrotasks', 5_000, 2_000, 1_500, 'v8'),
      x('RunTask', 20_000, 1_000, 1_000, 'toplevel'),
    ];
    const self = selfTimeByName(events, main);
    expect(self.RunTask).toBeCloseTo(2 + 1, 9);
    expect(self['v8.compile']).toBeCloseTo(2, 9);
    expect(self['v8.run']).toBeCloseTo(2.5, 9);
    expect(self.RunMicrotasks).toBeCloseTo(1.5, 9);
    expect(self[ALL_WORK]).toBeCloseTo(9, 9);
  });

  it('counts only complete events with a thread duration, on the given thread', () => {
    const events = [
      x('Paint', 0, 1_000, 1_000),
      { ph: 'B', name: 'Paint', ts: 0, pid: 7, tid: 1 },
      { ph: 'X', name: 'Paint', ts: 0, dur: 1_000, pid: 7, tid: 1 },
      x('Paint', 0, 1_000, 1_000, 'devtools.timeline', { pid: 8, tid: 1 }),
    ];
    expect(selfTimeByName(events, main)).toEqual({ [ALL_WORK]: 1, Paint: 1 });
  });

  it('picks the renderer main thread that worked most', () => {
    const events = [
      { ph: 'M', name: 'thread_name', pid: 7, tid: 1, args: { name: 'CrRendererMain' } },
      { ph: 'M', name: 'thread_name', pid: 9, tid: 1, args: { name: 'CrRendererMain' } },
      { ph: 'M', name: 'thread_name', pid: 9, tid: 2, args: { name: 'Compositor' } },
      x('RunTask', 0, 1_000, 1_000, 'toplevel', { pid: 7, tid: 1 }),
      x('RunTask', 0, 5_000, 5_000, 'toplevel', { pid: 9, tid: 1 }),
      x('RunTask', 0, 9_000, 9_000, 'toplevel', { pid: 9, tid: 2 }),
    ];
    expect(pageMainThread(events)).toEqual({ pid: 9, tid: 1 });
    expect(pageMainThread([])).toBeNull();
  });
});

describe('trace breakdown (bench): rows of what an arm adds', () => {
  it('puts the whole first, then the largest extras either way, paired by round', () => {
    const base = [
      { [ALL_WORK]: 20, Paint: 1, ParseHTML: 9 },
      { [ALL_WORK]: 22, Paint: 1, ParseHTML: 10 },
      { [ALL_WORK]: 21, Paint: 2, ParseHTML: 9 },
    ];
    const arm = [
      { [ALL_WORK]: 25, Paint: 2, ParseHTML: 8, 'v8.compile': 2 },
      { [ALL_WORK]: 27, Paint: 2, ParseHTML: 10, 'v8.compile': 2 },
      { [ALL_WORK]: 26, Paint: 3, ParseHTML: 9, 'v8.compile': 3 },
    ];
    const rows = breakdownRows(base, arm, 2);
    expect(rows.map((r) => r.name)).toEqual([ALL_WORK, 'v8.compile', 'Paint']);
    expect(rows[0]).toEqual({ name: ALL_WORK, base: 21, arm: 26, extra: 5 });
    expect(rows[1]).toEqual({ name: 'v8.compile', base: 0, arm: 2, extra: 2 });
  });
});
