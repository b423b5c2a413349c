/**
 * The content script's own timings: each synchronous slice of its work
 * (`work`), the first scan's span (`scan`) and the moments that name its
 * parts (`scan-start`, `page-read`, `panel-mounted`), so `npm run bench` can
 * sum the main-thread time we cost the page and the E2E tests can count reads.
 *
 * They are kept on the global of the content script's world, which a site's
 * gate and reader files share and the page cannot reach (the isolated world
 * in Chromium, the sandbox in Firefox). Not in the page's Performance
 * timeline: `performance.mark` from a content script lands in the page's own
 * timeline, where any page script could read it and tell that the extension
 * is installed. Automation reads the log through the DevTools protocol's
 * isolated world, or from the extension through the panel probe.
 *
 * A slice inside another slice (the panel drawing itself while a reply is
 * handled) is part of the outer one and is not recorded twice. `since`
 * starts the slice earlier than the call (the script's own start, for its
 * first slice). Never throws.
 */

/** Where the log lives on the content script's global. */
export const TIMINGS_KEY = '__hireSignalsTimings';

/** The names in the log. */
export const TIMING = {
  work: 'work',
  scan: 'scan',
  start: 'scan-start',
  read: 'page-read',
  mounted: 'panel-mounted',
} as const;

/** One entry: a span, or a moment (`duration` 0). Times are `performance.now()`. */
export interface TimingEntry {
  name: string;
  start: number;
  duration: number;
}

/**
 * The log keeps the latest entries only: a recruiter may browse one LinkedIn
 * tab for hours (each profile adds a few slices), and nothing reads more than
 * a page load's worth.
 */
export const TIMINGS_KEPT = 1000;

type ScriptGlobal = Record<string, unknown>;

/** The log of this script world, created on first use. */
export function timingLog(global: ScriptGlobal = globalThis as unknown as ScriptGlobal): TimingEntry[] {
  const existing = global[TIMINGS_KEY];
  if (Array.isArray(existing)) return existing as TimingEntry[];
  const log: TimingEntry[] = [];
  global[TIMINGS_KEY] = log;
  return log;
}

/** The entries named `name`, oldest first. */
export function timingsNamed(name: string, global?: ScriptGlobal): TimingEntry[] {
  return timingLog(global).filter((e) => e.name === name);
}

function record(name: string, start: number, end: number): void {
  try {
    const log = timingLog();
    if (log.length >= TIMINGS_KEPT) log.splice(0, log.length - TIMINGS_KEPT + 1);
    log.push({ name, start, duration: end - start });
  } catch {
    /* no clock or a frozen global: nothing to record */
  }
}

/** A moment of the scan (`TIMING.start`, `read`, `mounted`); returns its time. */
export function recordMoment(name: string): number {
  const now = performance.now();
  record(name, now, now);
  return now;
}

/** A span under `name` (`TIMING.scan`) from `start` to `end`. */
export function recordSpan(name: string, start: number, end: number): void {
  record(name, start, end);
}

let depth = 0;

export function timed<T>(fn: () => T, since?: number): T {
  if (depth > 0) return fn();
  const start = since ?? performance.now();
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    recordWork(start);
  }
}

/** Records one slice of work from `start` to now (what `timed` does around its call). Never throws. */
export function recordWork(start: number): void {
  record(TIMING.work, start, performance.now());
}
