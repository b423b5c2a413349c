/**
 * What a page load costs the page's main thread, read from the browser itself
 * rather than from marks inside our script. The marks start when our first
 * statement runs and stop at our last: they cannot see V8 compiling our files
 * before that, the isolated world being set up, the style and layout work our
 * panel causes later, or the garbage collection our allocations bring on.
 * The DevTools protocol's Performance domain counts all of it.
 *
 * `Performance.enable` with `timeDomain: 'threadTicks'` makes every duration
 * below *thread CPU time* of the renderer's main thread (Chromium's "thread
 * ticks"), not wall time: time the thread was descheduled because another
 * process had the core is not counted, which is what makes the figure usable
 * on a shared machine. Chromium 156 reports, in seconds since `enable`:
 * - ThreadTime: the main thread's CPU time, everything it did;
 * - TaskDuration: the CPU time of the tasks it ran (ThreadTime less idle
 *   bookkeeping between tasks);
 * - ScriptDuration: running script (any world: the page's and content scripts');
 * - V8CompileDuration: V8 compiling script;
 * - LayoutDuration, RecalcStyleDuration: layout and style recalculation;
 * - TaskOtherDuration: the rest of TaskDuration (parsing, painting set-up,
 *   garbage collection outside script, the extension system's own work).
 * (It also reports ProcessTime, but only in 10 ms steps: too coarse here.)
 *
 * A load is measured from a fresh tab: `enable`, a first reading, navigation,
 * `load`, then 2 s more so that what runs after `load` (our content script
 * runs at document_idle; the panel draws on the background's answer) is
 * inside the window. The first reading is near zero (a blank tab), so the
 * difference is the load's cost whether or not the navigation moved the tab
 * to another renderer process (where DevTools enables the domain afresh), and
 * that happens alike in every arm.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Arm } from './arms';

export const MAIN_THREAD_METRICS = [
  'ThreadTime',
  'TaskDuration',
  'ScriptDuration',
  'V8CompileDuration',
  'LayoutDuration',
  'RecalcStyleDuration',
  'TaskOtherDuration',
] as const;
export type MainThreadMetric = (typeof MAIN_THREAD_METRICS)[number];
/** Milliseconds of main-thread CPU per metric. */
export type MainThreadCost = Record<MainThreadMetric, number>;

export interface ProtocolMetric {
  name: string;
  value: number;
}

/** The cost between two `Performance.getMetrics` readings, in milliseconds. A metric missing from either reading is NaN. */
export function costBetween(before: readonly ProtocolMetric[], after: readonly ProtocolMetric[]): MainThreadCost {
  const read = (list: readonly ProtocolMetric[], name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return Object.fromEntries(MAIN_THREAD_METRICS.map((name) => [name, (read(after, name) - read(before, name)) * 1000])) as MainThreadCost;
}

/** Per-metric `arm − base`, for one pair of readings. */
export function costDifference(arm: MainThreadCost, base: MainThreadCost): MainThreadCost {
  return Object.fromEntries(MAIN_THREAD_METRICS.map((name) => [name, arm[name] - base[name]])) as MainThreadCost;
}

/** One metric's values across loads. */
export function metricSeries(costs: readonly MainThreadCost[], name: MainThreadMetric): number[] {
  return costs.map((c) => c[name]);
}

export async function metricsSession(page: Page, arm: Arm): Promise<CDPSession> {
  const cdp = await arm.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

export async function readMetrics(cdp: CDPSession): Promise<ProtocolMetric[]> {
  return (await cdp.send('Performance.getMetrics')).metrics;
}

/** Time given after `load` for what runs after it (document_idle scripts, the panel) to fall inside the window. */
export const AFTER_LOAD_MS = 2000;

/**
 * One load of `url` in a fresh tab of the arm, and its main-thread cost.
 * The tab is returned open, so the caller can read what the page recorded
 * (our marks) after the second reading, where reading it costs nothing
 * measured; the caller closes it.
 */
export async function measuredLoad(arm: Arm, url: string, afterLoadMs = AFTER_LOAD_MS): Promise<{ cost: MainThreadCost; page: Page }> {
  const page = await arm.context.newPage();
  try {
    const cdp = await metricsSession(page, arm);
    const before = await readMetrics(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(afterLoadMs);
    const after = await readMetrics(cdp);
    await cdp.detach().catch(() => {});
    return { cost: costBetween(before, after), page };
  } catch (err) {
    await page.close().catch(() => {});
    throw err;
  }
}
