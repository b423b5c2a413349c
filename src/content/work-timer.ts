/**
 * Records each synchronous slice of the content script's own work as a
 * `hire-signals:work` performance measure, so `npm run bench` can sum the
 * main-thread time we cost the page. A slice inside another slice
 * (the panel drawing itself while a reply is handled) is part of the outer
 * one and is not recorded twice. `since` starts the slice earlier than the
 * call (the script's own start, for its first slice). Never throws.
 */
export const WORK_MEASURE = 'hire-signals:work';

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
  try {
    performance.measure(WORK_MEASURE, { start, end: performance.now() });
  } catch {
    /* User Timing unavailable: nothing to record */
  }
}
