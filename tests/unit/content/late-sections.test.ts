import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createScriptContext, type ScriptContext } from '../../../src/content/script-context';
import { watchLateSections } from '../../../src/content/late-sections';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('watchLateSections', () => {
  let ctx: ScriptContext;
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    ctx = createScriptContext('test');
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    root.remove();
  });

  it('coalesces a burst of mutations into one pass per frame', async () => {
    let passes = 0;
    const watch = watchLateSections(ctx, root, () => {
      passes += 1;
      return false;
    });
    for (let i = 0; i < 50; i++) root.append(document.createElement('p'));
    await frame();
    await frame();
    expect(passes).toBe(1);
    expect(watch.active).toBe(true);
  });

  it('stops when the pass reports the profile complete', async () => {
    let passes = 0;
    const watch = watchLateSections(ctx, root, () => {
      passes += 1;
      return true;
    });
    root.append(document.createElement('p'));
    await frame();
    expect(watch.active).toBe(false);
    root.append(document.createElement('p'));
    await frame();
    expect(passes).toBe(1);
  });

  it('is bounded in passes', async () => {
    let passes = 0;
    const watch = watchLateSections(ctx, root, () => ++passes < 0, { maxPasses: 3 });
    for (let i = 0; i < 6; i++) {
      root.append(document.createElement('p'));
      await frame();
    }
    expect(passes).toBe(3);
    expect(watch.active).toBe(false);
  });

  it('is bounded in time', async () => {
    const watch = watchLateSections(ctx, root, () => false, { maxMs: 20 });
    await new Promise((r) => setTimeout(r, 60));
    expect(watch.active).toBe(false);
  });

  it('ignores mutations inside its own panel host', async () => {
    let passes = 0;
    const own = document.createElement('hire-signals-panel');
    root.append(own);
    watchLateSections(ctx, root, () => (++passes, false), { ignore: () => own });
    own.append(document.createElement('span'));
    own.setAttribute('data-count', '2');
    await frame();
    expect(passes).toBe(0);
  });

  it('stops when the content-script context is invalidated (extension update)', async () => {
    let passes = 0;
    const watch = watchLateSections(ctx, root, () => (++passes, false));
    ctx.notifyInvalidated();
    root.append(document.createElement('p'));
    await frame();
    expect(watch.active).toBe(false);
    expect(passes).toBe(0);
  });

  it('keeps watching when a pass throws, and counts it', async () => {
    const watch = watchLateSections(ctx, root, () => {
      throw new Error('boom');
    });
    root.append(document.createElement('p'));
    await frame();
    expect(watch.passes).toBe(1);
    expect(watch.active).toBe(true);
  });
});
