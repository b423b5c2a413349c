/**
 * Records each synchronous slice of the content script's own work as a
 * `hire-signals:work` performance measure, so `npm run bench` can sum the
 * main-thread time we cost the page (issue 9). Never throws.
 */
export const WORK_MEASURE = 'hire-signals:work';

export function timed<T>(fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(WORK_MEASURE, { start, end: performance.now() });
    } catch {
      /* User Timing unavailable: nothing to record */
    }
  }
}
