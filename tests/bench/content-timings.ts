/**
 * Reads a content script's own timings (src/content/work-timer.ts) from a
 * Chromium page. They live on the global of the extension's isolated world,
 * which the page's own scripts (and `page.evaluate`) cannot reach; the
 * DevTools protocol can: `Runtime.enable` reports every execution context of
 * the page, the extension's among them (`auxData.type` `isolated`, origin
 * `chrome-extension://…`), and `Runtime.evaluate` runs in the one it names.
 * The reference extension (./reference-extension.ts) records its slices the
 * same way, so both arms are read alike.
 *
 * One protocol session per page, opened on the first read. Where the bench
 * measures the main thread, it reads only once the window has closed
 * (`mainThreadLoads`) or before it opens (idle); it polls while a load counts
 * only our own slices (`markedProfileLoads`) or our files' compile events by
 * name (the compile traces), which the evaluated expression is not one of.
 */
import type { CDPSession, Page } from 'playwright-core';
import { TIMING, TIMINGS_KEY, type TimingEntry } from '../../src/content/work-timer';

export { TIMING, type TimingEntry };

interface World {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

interface Reader {
  cdp: CDPSession;
  worlds: Map<number, World>;
}

const readers = new WeakMap<Page, Promise<Reader>>();

async function openReader(page: Page): Promise<Reader> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, World>();
  cdp.on('Runtime.executionContextCreated', (e: { context: World }) => worlds.set(e.context.id, e.context));
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => worlds.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable'); // reports the contexts that exist already
  return { cdp, worlds };
}

const EXPRESSION = `(() => { const log = globalThis[${JSON.stringify(TIMINGS_KEY)}]; return Array.isArray(log) ? log : []; })()`;

/** Every timing the content script of the page's top frame recorded so far; empty before it has run. */
export async function contentTimings(page: Page): Promise<TimingEntry[]> {
  let reader = readers.get(page);
  if (!reader) {
    reader = openReader(page);
    readers.set(page, reader);
  }
  const { cdp, worlds } = await reader;
  // The top frame's newest extension world: a navigation destroys the old one, and frames have their own.
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const world = [...worlds.values()]
    .reverse()
    .find((w) => w.auxData?.type === 'isolated' && w.auxData.frameId === frameTree.frame.id && w.origin.startsWith('chrome-extension://'));
  if (!world) return [];
  try {
    const { result } = (await cdp.send('Runtime.evaluate', { expression: EXPRESSION, contextId: world.id, returnByValue: true })) as { result: { value?: TimingEntry[] } };
    return result.value ?? [];
  } catch {
    return []; // the world went away with a navigation: nothing recorded in the new one yet
  }
}

/** The entries named `name`. */
export async function timingsNamed(page: Page, name: string): Promise<TimingEntry[]> {
  return (await contentTimings(page)).filter((e) => e.name === name);
}

/** Polls the page's timings until `done` holds for them (every 10 ms, as Playwright's own polling would). */
export async function waitForTimings(page: Page, done: (timings: TimingEntry[]) => boolean, timeoutMs = 20_000): Promise<TimingEntry[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const timings = await contentTimings(page);
    if (done(timings)) return timings;
    if (Date.now() > until) throw new Error(`the content script's timings did not arrive within ${timeoutMs} ms (${timings.length} so far)`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
