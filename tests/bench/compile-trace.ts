/**
 * What the performance marks cannot see: before a content script's first
 * statement runs, V8 compiles the file (its top level and a pre-parse of every
 * function in it), on the page's main thread, on every page the script is
 * injected into. A mark inside the script starts after that. The browser's own
 * trace records it as `v8.compile` events naming the script's URL, which is
 * what DevTools' Performance panel shows as "Compile script".
 *
 * Separate page loads from the marked ones, so tracing cannot slow those.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from '../e2e/harness';

export interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  /** Start, microseconds. */
  ts?: number;
  /** Wall duration, microseconds. */
  dur?: number;
  /** Thread (CPU) duration, microseconds. */
  tdur?: number;
  pid?: number;
  tid?: number;
  args?: { data?: { url?: string }; name?: string };
}

const COMPILE_CATEGORIES = ['v8', 'devtools.timeline'];

/** Runs `load` with the browser tracing `categories`, and returns every event recorded. */
export async function traced(session: CDPSession, load: () => Promise<void>, categories = COMPILE_CATEGORIES): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; their fields are read defensively below.
  const onData = (e: { value: object[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  session.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await load();
  } finally {
    await session.send('Tracing.end');
    await complete;
    session.off('Tracing.dataCollected', onData);
  }
  return events;
}

/**
 * What V8 compiles on the page's main thread: a classic script (`v8.compile`, the gate) and the
 * finishing step of an imported module (`v8.compileModule`, the reader). The reader's parse itself
 * runs on a background thread (`v8.parseOnBackground`, under the per-session address of a
 * web-accessible file) and costs the page's main thread nothing, so it is not counted.
 */
const MAIN_THREAD_COMPILE = new Set(['v8.compile', 'v8.compileModule']);

/** Milliseconds V8 spent compiling this extension's files on the page's main thread during one page load. */
export function compileMsOf(events: readonly TraceEvent[], extensionId: string): number {
  const prefix = `chrome-extension://${extensionId}/`;
  let ms = 0;
  for (const e of events) {
    if (e.ph === 'X' && MAIN_THREAD_COMPILE.has(e.name) && e.dur && e.args?.data?.url?.startsWith(prefix)) ms += e.dur / 1000;
  }
  return ms;
}

/**
 * Script compile time of our content scripts per load of `url`, one value per load.
 * `ready` waits for what the load must reach (the panel on a profile).
 */
export async function scriptCompileMs(s: ExtensionSession, url: string, runs: number, ready: (page: Page) => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await s.context.newPage();
    try {
      const cdp = await s.context.newCDPSession(page);
      const events = await traced(cdp, async () => {
        await page.goto(url, { waitUntil: 'load' });
        await ready(page);
      });
      out.push(compileMsOf(events, s.extensionId));
    } finally {
      await page.close();
    }
  }
  return out;
}
