import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createScriptLife, type ScriptLife } from '../../../src/content/script-life';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('createScriptLife (the content script lifecycle)', () => {
  const lives: ScriptLife[] = [];
  const make = (...args: Parameters<typeof createScriptLife>) => {
    const life = createScriptLife(...args);
    lives.push(life);
    return life;
  };
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    for (const l of lives.splice(0)) l.notifyInvalidated();
    vi.useRealTimers();
  });

  it('runs every invalidation callback once when stopped, and an unregistered one never', () => {
    const life = make('test');
    const a = vi.fn();
    const b = vi.fn();
    life.onInvalidated(a);
    const removeB = life.onInvalidated(b);
    removeB();
    expect(life.isInvalid).toBe(false);
    life.notifyInvalidated();
    life.notifyInvalidated();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    expect(life.isInvalid).toBe(true);
    expect(life.signal.aborted).toBe(true);
  });

  it('runs a callback registered after the stop at once (nothing is left registered)', () => {
    const life = make('test');
    life.notifyInvalidated();
    const late = vi.fn();
    life.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('is valid while the extension answers (the fake browser has a runtime id)', () => {
    expect(make('test').isInvalid).toBe(false);
  });

  it('stops itself when its extension is gone (reloaded or removed under the page)', () => {
    let gone = false;
    const life = make('test', { isOrphaned: () => gone });
    const cleanup = vi.fn();
    life.onInvalidated(cleanup);
    expect(life.isInvalid).toBe(false);
    gone = true;
    expect(life.isInvalid).toBe(true);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('drops timers and frames once stopped', async () => {
    vi.useFakeTimers();
    const life = make('test');
    const timer = vi.fn();
    life.setTimeout(timer, 50);
    life.notifyInvalidated();
    vi.advanceTimersByTime(100);
    expect(timer).not.toHaveBeenCalled();
    vi.useRealTimers();
    const life2 = make('test');
    const onFrame = vi.fn();
    life2.requestAnimationFrame(onFrame);
    life2.notifyInvalidated();
    await frame();
    expect(onFrame).not.toHaveBeenCalled();
  });

  it('runs timers and frames while valid', async () => {
    const life = make('test');
    const timer = vi.fn();
    const onFrame = vi.fn();
    life.setTimeout(timer, 0);
    life.requestAnimationFrame(onFrame);
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

  it('a live copy keeps running when the page fires the same event, or another platform\'s script starts', () => {
    const live = make('linkedin', { isOrphaned: () => false });
    document.dispatchEvent(new CustomEvent('hire-signals:linkedin:started', { detail: 'from-the-page' }));
    make('github', { isOrphaned: () => false });
    expect(live.isInvalid).toBe(false);
  });
});
