/**
 * Evaluates an expression in the content script's world of a Chromium page:
 * the extension's isolated world, which the page's own scripts (and
 * `page.evaluate`) cannot reach. The DevTools protocol can: `Runtime.enable`
 * reports every execution context of the page, the extension's among them
 * (`auxData.type` `isolated`, origin `chrome-extension://…`), and
 * `Runtime.evaluate` runs in the one it names. The E2E driver
 * (./chromium.ts) and the bench (tests/bench/content-timings.ts) both read
 * through here.
 *
 * One protocol session per page, opened on the first call and kept, so a
 * caller can poll without attaching again each time.
 */
import type { CDPSession, Page } from 'playwright-core';

interface World {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

interface WorldWatch {
  cdp: CDPSession;
  worlds: Map<number, World>;
}

const watches = new WeakMap<Page, Promise<WorldWatch>>();

async function watchWorlds(page: Page): Promise<WorldWatch> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, World>();
  cdp.on('Runtime.executionContextCreated', (e: { context: World }) => worlds.set(e.context.id, e.context));
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => worlds.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable'); // reports the contexts that exist already
  return { cdp, worlds };
}

/**
 * The value of `expression` in the top frame's newest extension world (a navigation destroys the old
 * one; frames have their own). Throws when no content script has run in the top frame.
 */
export async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
  let watch = watches.get(page);
  if (!watch) {
    watch = watchWorlds(page);
    watches.set(page, watch);
  }
  const { cdp, worlds } = await watch;
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const world = [...worlds.values()]
    .reverse()
    .find((w) => w.auxData?.type === 'isolated' && w.auxData.frameId === frameTree.frame.id && w.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error('no content-script world in this page');
  const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })) as { result: { value?: unknown } };
  return result.value;
}
