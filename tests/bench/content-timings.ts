/**
 * Reads a content script's own timings (src/content/work-timer.ts) from a
 * Chromium page. They live on the global of the extension's isolated world,
 * which the page cannot reach; the DevTools protocol can
 * (tests/e2e/drivers/content-script-world.ts). The reference extension
 * (./reference-extension.ts) records its slices the same way, so both arms
 * are read alike.
 *
 * Where the bench measures the main thread, it reads only once the window
 * has closed (`mainThreadLoads`) or before it opens (idle); it polls while a
 * load counts only our own slices (`markedProfileLoads`) or our files'
 * compile events by name (the compile traces), which the evaluated
 * expression is not one of.
 */
import type { Page } from 'playwright-core';
import { TIMING, type TimingEntry } from '../../src/content/work-timer';
import { inContentScriptWorld } from '../e2e/drivers/content-script-world';
import { TIMINGS_EXPRESSION } from '../e2e/panel-probe';

export { TIMING, type TimingEntry };

/** Every timing the content script of the page's top frame recorded so far; empty before it has run. */
export async function contentTimings(page: Page): Promise<TimingEntry[]> {
  try {
    return (await inContentScriptWorld(page, TIMINGS_EXPRESSION)) as TimingEntry[];
  } catch {
    return []; // no world of ours yet, or it went away with a navigation: nothing recorded in the new one yet
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
