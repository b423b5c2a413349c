/**
 * A first scan's marked slices, named by what they hold. The content script
 * records each synchronous slice of its work as a `work` entry of its timings
 * (src/content/work-timer.ts); two moments fall inside known slices: `page-read` (the
 * reader begins to read the page, in the slice that then sends it) and
 * `panel-mounted` (the panel drawn on the background's answer).
 * With those, a first scan splits into four parts:
 *
 * - `gate`: the first slice, from the script's start (the URL check, the
 *   navigation watch, the reader's import started);
 * - `readerStart`: every slice between the gate's and the read: the imported
 *   reader's evaluation, its set-up, the message listener;
 * - `readAndSend`: the slice that reads the page and sends it;
 * - `draw`: the slice that draws the answer.
 *
 * So the bench shows where a first scan goes in every run, and how much of it
 * the page read is (docs/performance.md, "Where a first scan's milliseconds go").
 */

export interface Slice {
  start: number;
  duration: number;
}

export interface ScanParts {
  gate: number;
  readerStart: number;
  readAndSend: number;
  draw: number;
}

export const SCAN_PARTS: readonly (keyof ScanParts)[] = ['gate', 'readerStart', 'readAndSend', 'draw'];

/** How the bench prints each part. */
export const PART_NAMES: Record<keyof ScanParts, string> = { gate: 'gate', readerStart: 'reader start', readAndSend: 'read and send', draw: 'draw' };

const NOT_SPLIT: ScanParts = { gate: NaN, readerStart: NaN, readAndSend: NaN, draw: NaN };

/**
 * Splits the slices up to the panel's first draw. A mark belongs to the last
 * slice that starts at or before it: the clock of a content script's world
 * ticks in 0.1 ms, so a slice that ended on the same tick can look as if it
 * held the mark too, and the later one is the slice the mark was made in.
 * Not split (NaN) when either mark is missing or falls before every slice.
 */
export function scanParts(slices: readonly Slice[], readAt: number | null, mountedAt: number | null): ScanParts {
  if (readAt === null || mountedAt === null) return NOT_SPLIT;
  // Stable: slices that start on the same tick keep the order they were recorded in.
  const ordered = [...slices].sort((a, b) => a.start - b.start);
  const holding = (at: number) => ordered.findLastIndex((s) => s.start <= at);
  const read = holding(readAt);
  const draw = holding(mountedAt);
  if (read <= 0 || draw <= read) return NOT_SPLIT;
  const parts: ScanParts = { gate: ordered[0]!.duration, readerStart: 0, readAndSend: ordered[read]!.duration, draw: ordered[draw]!.duration };
  for (let i = 1; i < read; i++) parts.readerStart += ordered[i]!.duration;
  // Slices between the read and the draw (none on a profile that is complete at once) are reading too: late sections read again.
  for (let i = read + 1; i < draw; i++) parts.readAndSend += ordered[i]!.duration;
  return parts;
}
