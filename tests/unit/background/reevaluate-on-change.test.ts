import { describe, expect, it } from 'vitest';
import { changesEvaluation, coalesce } from '../../../src/background/reevaluate-on-change';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('what makes the background re-evaluate', () => {
  it('settings, allowlist and dismissals in local storage, and anything in managed storage', () => {
    for (const key of ['settings', 'allowlist', 'dismissed']) expect(changesEvaluation({ [key]: {} }, 'local')).toBe(true);
    expect(changesEvaluation({ disabledRules: {} }, 'managed')).toBe(true);
    expect(changesEvaluation({ checklist: {}, 'seen:3': {} }, 'local')).toBe(false);
    expect(changesEvaluation({ settings: {} }, 'session')).toBe(false);
    expect(changesEvaluation({ settings: {} }, 'sync')).toBe(false);
  });
});

describe('coalesce', () => {
  it('runs once for requests in the same turn, with when the first arrived', async () => {
    const runs: number[] = [];
    const c = coalesce(async (since) => void runs.push(since));
    const before = performance.now();
    c.request();
    c.request();
    c.request();
    expect(runs).toEqual([]);
    await tick();
    await c.idle();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toBeGreaterThanOrEqual(before);
    expect(runs[0]).toBeLessThanOrEqual(performance.now());
  });

  it('requests while a run is under way make exactly one more run after it', async () => {
    let release!: () => void;
    let runs = 0;
    const c = coalesce(async () => {
      runs += 1;
      if (runs === 1) await new Promise<void>((r) => (release = r));
    });
    c.request();
    await tick();
    expect(runs).toBe(1);
    c.request();
    c.request();
    release();
    await c.idle();
    expect(runs).toBe(2);
    // Idle again: a new request starts a new run.
    c.request();
    await tick();
    await c.idle();
    expect(runs).toBe(3);
  });

  it('a failing run does not stop later ones', async () => {
    let runs = 0;
    const c = coalesce(async () => {
      runs += 1;
      if (runs === 1) throw new Error('storage unavailable');
    });
    c.request();
    await tick();
    await c.idle();
    c.request();
    await tick();
    await c.idle();
    expect(runs).toBe(2);
  });
});
