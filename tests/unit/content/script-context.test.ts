import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COPIES_KEY, createScriptContext, type ScriptContext } from '../../../src/content/script-context';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('createScriptContext (the content script lifecycle)', () => {
  const contexts: ScriptContext[] = [];
  const make = (...args: Parameters<typeof createScriptContext>) => {
    const ctx = createScriptContext(...args);
    contexts.push(ctx);
    return ctx;
  };
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const l of contexts.splice(0)) l.notifyInvalidated();
    vi.useRealTimers();
  });

  it('runs every invalidation callback once when stopped, and an unregistered one never', () => {
    const ctx = make('test');
    const a = vi.fn();
    const b = vi.fn();
    ctx.onInvalidated(a);
    const removeB = ctx.onInvalidated(b);
    removeB();
    expect(ctx.isInvalid).toBe(false);
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('runs a callback registered after the stop at once (nothing is left registered)', () => {
    const ctx = make('test');
    ctx.notifyInvalidated();
    const late = vi.fn();
    ctx.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('is valid while the extension answers (the fake browser has a runtime id)', () => {
    expect(make('test').isInvalid).toBe(false);
  });

  it('stops itself when its extension is gone (reloaded or removed under the page)', () => {
    let gone = false;
    const ctx = make('test', { isOrphaned: () => gone });
    const cleanup = vi.fn();
    ctx.onInvalidated(cleanup);
    expect(ctx.isInvalid).toBe(false);
    gone = true;
    expect(ctx.isInvalid).toBe(true);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('drops timers and frames once stopped', async () => {
    vi.useFakeTimers();
    const ctx = make('test');
    const timer = vi.fn();
    ctx.setTimeout(timer, 50);
    ctx.notifyInvalidated();
    vi.advanceTimersByTime(100);
    expect(timer).not.toHaveBeenCalled();
    vi.useRealTimers();
    const ctx2 = make('test');
    const onFrame = vi.fn();
    ctx2.requestAnimationFrame(onFrame);
    ctx2.notifyInvalidated();
    await frame();
    expect(onFrame).not.toHaveBeenCalled();
  });

  it('runs timers and frames while valid', async () => {
    const ctx = make('test');
    const timer = vi.fn();
    const onFrame = vi.fn();
    ctx.setTimeout(timer, 0);
    ctx.requestAnimationFrame(onFrame);
    await frame();
    await frame();
    expect(timer).toHaveBeenCalledTimes(1);
    expect(onFrame).toHaveBeenCalledTimes(1);
  });

  it('a newer copy of the same script stops an orphaned older copy (its panel goes with it)', () => {
    let oldGone = false;
    const old = make('linkedin', { isOrphaned: () => oldGone });
    const removePanel = vi.fn();
    old.onInvalidated(removePanel);
    oldGone = true; // the extension was reloaded: the old copy's API no longer answers
    const fresh = make('linkedin', { isOrphaned: () => false });
    expect(removePanel).toHaveBeenCalledTimes(1);
    expect(old.signal.aborted).toBe(true);
    expect(fresh.isInvalid).toBe(false);
  });

  it('every orphaned older copy stops, each leaving the registry as it goes', () => {
    const global: Record<string, unknown> = {};
    let gone = false;
    const orphans = [make('linkedin', { isOrphaned: () => gone, global }), make('linkedin', { isOrphaned: () => gone, global })];
    gone = true;
    const fresh = make('linkedin', { isOrphaned: () => false, global });
    expect(orphans.map((o) => o.signal.aborted)).toEqual([true, true]);
    expect((global[COPIES_KEY] as Record<string, Set<unknown>>).linkedin!.size).toBe(1);
    expect(fresh.isInvalid).toBe(false);
  });

  it('a live copy keeps running when a newer copy of it starts, or another platform\'s script does', () => {
    const live = make('linkedin', { isOrphaned: () => false });
    make('linkedin', { isOrphaned: () => false });
    make('github', { isOrphaned: () => false });
    expect(live.isInvalid).toBe(false);
  });

  it('announces nothing the page can hear: copies meet on the script world\'s global, not on the document', () => {
    const dispatch = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    const post = vi.spyOn(window, 'postMessage');
    const global: Record<string, unknown> = {};
    let oldGone = false;
    const old = make('linkedin', { isOrphaned: () => oldGone, global });
    oldGone = true;
    make('linkedin', { isOrphaned: () => false, global });
    expect(old.isInvalid).toBe(true);
    expect(dispatch).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
    expect(Object.keys(global)).toEqual([COPIES_KEY]);
  });

  it('a copy in another world (its own global) is not stopped from this one; a broken registry is replaced', () => {
    let gone = false;
    const elsewhere = make('linkedin', { isOrphaned: () => gone, global: {} });
    gone = true;
    const global: Record<string, unknown> = { [COPIES_KEY]: 'not a registry' };
    make('linkedin', { isOrphaned: () => false, global });
    expect(elsewhere.signal.aborted).toBe(false);
    // It checks itself at its next timer or frame instead.
    expect(elsewhere.isInvalid).toBe(true);
  });

  it('stops silently when the extension goes away: a clean-up or a timer that then throws reaches no console', async () => {
    let gone = false;
    const ctx = make('orphan', { isOrphaned: () => gone });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.error ?? e.message);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      // What an API torn down under us does: reading `storage.onChanged` of undefined.
      const api: { storage?: { onChanged: { removeListener(): void } } } = {};
      ctx.onInvalidated(() => api.storage!.onChanged.removeListener());
      const late = vi.fn();
      const torn = vi.fn(() => {
        gone = true;
        return api.storage!.onChanged.removeListener();
      });
      ctx.setTimeout(torn, 0);
      await new Promise((r) => setTimeout(r, 30));
      expect(torn).toHaveBeenCalledOnce();
      expect(ctx.isInvalid).toBe(true);
      // Whatever it had scheduled, or schedules now, never runs.
      ctx.setTimeout(late, 0);
      ctx.requestAnimationFrame(late);
      await frame();
      await new Promise((r) => setTimeout(r, 10));
      expect(late).not.toHaveBeenCalled();
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('still surfaces a live copy\'s own errors', () => {
    vi.useFakeTimers();
    const ctx = make('live', { isOrphaned: () => false });
    ctx.setTimeout(() => {
      throw new Error('a bug of ours');
    }, 1);
    expect(() => vi.advanceTimersByTime(2)).toThrow('a bug of ours');
  });
});
