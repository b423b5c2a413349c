/**
 * Where our extra main-thread time goes, in more detail than the Performance
 * domain's few counters (./main-thread-cost.ts): its TaskOtherDuration lumps
 * microtasks, paint, compositing and the extension system together. The
 * browser's trace names each piece of work on the page's main thread; summed
 * by name as *self* thread time (an event's CPU time less that of the events
 * inside it), loads of the empty content script and of ours side by side show
 * which kinds of work ours adds: `v8.compile` (our files at injection),
 * `v8.run` (running our top level), `RunMicrotasks` (our code continuing after
 * an `await`, which the trace does not attribute further), `Paint`,
 * `LocalFrameView::performLayout`, `Document::recalcStyle` (our panel), and so on.
 *
 * Tracing slows a load down and these loads are not counted anywhere else; the
 * two arms are traced alike, so their difference is what is read.
 */
import type { Arm } from './arms';
import { traced, type TraceEvent } from './compile-trace';
import { interleavedOrder, median, medianDifference } from './stats';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'renderer.scheduler'];
/** The row for all the work of the thread: the self time of every event, summed. */
export const ALL_WORK = 'all (top-level tasks)';

type Timed = TraceEvent & { ts: number; dur: number; tdur: number };

/**
 * The loaded page's main thread: of the renderers' main threads in the trace,
 * the one that did the most work (a fresh tab's first blank document may live
 * in another process; the extension's service worker is not a renderer's main thread).
 */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const work = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && mains.has(key) && e.cat?.split(',').includes('toplevel')) work.set(key, (work.get(key) ?? 0) + (e.tdur ?? 0));
  }
  const best = [...work].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [pid, tid] = best[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

/**
 * Self thread time per event name on one thread, in milliseconds, with
 * ALL_WORK for the thread's whole work. Nesting is read from wall-clock spans
 * (an event inside another's span is its child); only complete events that
 * carry a thread duration count.
 */
export function selfTimeByName(events: readonly TraceEvent[], thread: { pid: number; tid: number }): Record<string, number> {
  const own = events
    .filter((e): e is Timed => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.ts !== undefined && e.dur !== undefined && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const childTime = new Map<Timed, number>();
  const stack: Timed[] = [];
  for (const e of own) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + e.tdur);
    stack.push(e);
  }
  const out: Record<string, number> = { [ALL_WORK]: 0 };
  for (const e of own) {
    const self = Math.max(0, e.tdur - (childTime.get(e) ?? 0)) / 1000;
    out[e.name] = (out[e.name] ?? 0) + self;
    out[ALL_WORK]! += self;
  }
  return out;
}

export interface BreakdownRow {
  name: string;
  /** Median self time per load, ms, of each arm. */
  base: number;
  arm: number;
  /** Median of the round-by-round differences, arm − base. */
  extra: number;
}

/** ALL_WORK first, then the `top` names whose extra is largest either way. */
export function breakdownRows(base: readonly Record<string, number>[], arm: readonly Record<string, number>[], top = 12): BreakdownRow[] {
  const names = new Set([...base, ...arm].flatMap((r) => Object.keys(r)));
  const rows = [...names].map((name) => {
    const b = base.map((r) => r[name] ?? 0);
    const a = arm.map((r) => r[name] ?? 0);
    return { name, base: median(b), arm: median(a), extra: medianDifference(b, a) };
  });
  const all = rows.find((r) => r.name === ALL_WORK);
  const rest = rows.filter((r) => r.name !== ALL_WORK).sort((x, y) => Math.abs(y.extra) - Math.abs(x.extra) || x.name.localeCompare(y.name));
  return [...(all ? [all] : []), ...rest.slice(0, top)];
}

async function tracedLoad(arm: Arm, url: string, afterLoadMs: number): Promise<Record<string, number>> {
  const page = await arm.context.newPage();
  try {
    const cdp = await arm.context.newCDPSession(page);
    const events = await traced(
      cdp,
      async () => {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(afterLoadMs);
      },
      CATEGORIES,
    );
    const thread = pageMainThread(events);
    if (!thread) throw new Error(`no renderer main thread in the trace of ${url}`);
    return selfTimeByName(events, thread);
  } finally {
    await page.close();
  }
}

/** Traced loads of each page, `base` and `arm` interleaved, and the rows of what `arm` adds. */
export async function traceBreakdown(base: Arm, arm: Arm, urls: Record<string, string>, rounds: number, afterLoadMs = 2000): Promise<Record<string, BreakdownRow[]>> {
  const loads: Record<string, Record<string, Record<string, number>[]>> = Object.fromEntries(
    Object.keys(urls).map((kind) => [kind, { [base.label]: [], [arm.label]: [] }]),
  );
  for (const round of interleavedOrder([base, arm], rounds)) {
    for (const [kind, url] of Object.entries(urls)) {
      for (const a of round) loads[kind]![a.label]!.push(await tracedLoad(a, url, afterLoadMs));
    }
  }
  return Object.fromEntries(Object.entries(loads).map(([kind, byArm]) => [kind, breakdownRows(byArm[base.label]!, byArm[arm.label]!)]));
}
