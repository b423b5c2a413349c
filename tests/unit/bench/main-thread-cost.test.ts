import { describe, expect, it } from 'vitest';
import { costBetween, costDifference, MAIN_THREAD_METRICS, metricSeries } from '../../bench/main-thread-cost';
import { differingFiles, abWithout } from '../../bench/ab';

const reading = (values: Record<string, number>) => Object.entries(values).map(([name, value]) => ({ name, value }));

describe('main-thread cost from Performance.getMetrics (bench)', () => {
  it('turns two readings in seconds into the milliseconds between them', () => {
    const before = reading({ ThreadTime: 0.0001, TaskDuration: 0.00005, ScriptDuration: 0, V8CompileDuration: 0, LayoutDuration: 0, RecalcStyleDuration: 0, TaskOtherDuration: 0.00001, Nodes: 8 });
    const after = reading({ ThreadTime: 0.0931, TaskDuration: 0.09055, ScriptDuration: 0.00467, V8CompileDuration: 0.0046, LayoutDuration: 0.00975, RecalcStyleDuration: 0.0057, TaskOtherDuration: 0.06586, Nodes: 7917 });
    const cost = costBetween(before, after);
    expect(Object.keys(cost)).toEqual([...MAIN_THREAD_METRICS]);
    expect(cost.ThreadTime).toBeCloseTo(93, 6);
    expect(cost.TaskDuration).toBeCloseTo(90.5, 6);
    expect(cost.ScriptDuration).toBeCloseTo(4.67, 6);
    expect(cost.TaskOtherDuration).toBeCloseTo(65.85, 6);
  });

  it('marks a metric this Chromium does not report as NaN rather than zero', () => {
    const cost = costBetween(reading({ ThreadTime: 0 }), reading({ ThreadTime: 0.01 }));
    expect(cost.ThreadTime).toBeCloseTo(10, 6);
    expect(cost.V8CompileDuration).toBeNaN();
  });

  it('subtracts a paired base per metric and lists one metric across loads', () => {
    const a = costBetween(reading({ ThreadTime: 0, ScriptDuration: 0 }), reading({ ThreadTime: 0.03, ScriptDuration: 0.004 }));
    const b = costBetween(reading({ ThreadTime: 0, ScriptDuration: 0 }), reading({ ThreadTime: 0.02, ScriptDuration: 0.001 }));
    const d = costDifference(a, b);
    expect(d.ThreadTime).toBeCloseTo(10, 6);
    expect(d.ScriptDuration).toBeCloseTo(3, 6);
    expect(metricSeries([a, b], 'ThreadTime').map((x) => Math.round(x))).toEqual([30, 20]);
  });
});

describe('A/B builds (bench)', () => {
  it('lists files added, removed or changed between two builds', () => {
    const a = new Map([['content-linkedin.js', 'x'], ['reader-linkedin.js', 'y'], ['manifest.json', 'm']]);
    const b = new Map([['content-linkedin.js', 'x'], ['reader-linkedin.js', 'y2'], ['chunks/polyfill.js', 'p']]);
    expect(differingFiles(a, b)).toEqual(['chunks/polyfill.js', 'manifest.json', 'reader-linkedin.js']);
    expect(differingFiles(a, new Map(a))).toEqual([]);
  });

  it('asks the build to leave nothing out for the self-check', () => {
    expect(abWithout('self')).toBe('');
    expect(abWithout('reader-compile-hint,content-jsx-runtime')).toBe('reader-compile-hint,content-jsx-runtime');
  });
});
