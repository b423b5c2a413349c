/**
 * Browser-side figures for `npm run bench`: the content script's cost in real
 * Chromium with the built extension, every comparison made between arms open
 * side by side and loaded in turns (./arms.ts).
 *
 * Two readings of the same cost:
 * - the marks our content script records in its own world
 *   (src/content/work-timer.ts, read by ./content-timings.ts: `work` = each
 *   synchronous slice of its own work, the first one from the script's start
 *   so module set-up and the lifecycle count too; `scan` = first scan start →
 *   panel mounted). `profileRescanMs` is the same page read, sent
 *   and drawn a second time by the same script, after an SPA navigation to
 *   it: the work itself, without the first-use costs of a fresh script world;
 * - the browser's own count of the page's main-thread CPU
 *   (./main-thread-cost.ts), which also sees what happens outside our
 *   statements: compile, world set-up, style and layout, garbage collection.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, FIXTURES, type Routed } from '../e2e/harness';
import { withArms, type Arm, type ArmSpec } from './arms';
import { scriptCompileMs } from './compile-trace';
import { contentTimings, TIMING, timingsNamed, waitForTimings } from './content-timings';
import { SCAN_PARTS, scanParts, type ScanParts } from './scan-parts';
import {
  costDifference,
  MAIN_THREAD_METRICS,
  measuredLoad,
  metricSeries,
  metricsSession,
  readMetrics,
  costBetween,
  type MainThreadCost,
  type MainThreadMetric,
} from './main-thread-cost';
import { reevaluationFigures, type ReevaluationFigures } from './reevaluation';
import { writeEmptyExtension, writeReferenceExtension } from './reference-extension';
import { browserLabels, pooledRounds } from './browser-pool';
import { traceBreakdown, type BreakdownRow } from './trace-breakdown';
import { compareDifference, compareRatio, interleavedOrder, pairedDeltas, spread, type Comparison, type Spread } from './stats';

export const NON_PROFILE_URL = 'https://www.linkedin.com/feed/';
const NON_PROFILE_HTML = '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><main><h1>Feed</h1></main></body></html>';
/** Traced loads per page kind for the compile figures (tracing is slower; these loads are not marked ones). */
const COMPILE_RUNS = 7;
/** Idle: how long the content script is watched on an unchanging page after its first scan. */
const IDLE_MS = 10_000;

/** The largest LinkedIn profile fixture and the URL it is served at. */
export function largestLinkedInFixture(): { file: string; url: string } {
  const dir = join(FIXTURES, 'linkedin');
  const candidates = readdirSync(dir)
    .filter((f) => f.endsWith('.html') && existsExpected(join(dir, f)))
    .map((f) => ({ f, size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size);
  const top = candidates[0];
  if (!top) throw new Error('no LinkedIn profile fixture with an .expected.json');
  const expected = JSON.parse(readFileSync(join(dir, top.f.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string };
  return { file: `linkedin/${top.f}`, url: expected.url };
}

function existsExpected(htmlPath: string): boolean {
  try {
    const e = JSON.parse(readFileSync(htmlPath.replace(/\.html$/, '.expected.json'), 'utf8')) as { state?: string };
    return e.state === undefined || e.state === 'profile';
  } catch {
    return false;
  }
}

/** The two pages every browser figure loads: the largest LinkedIn profile, and a LinkedIn page that is not a profile. */
export function benchPages(): { profileUrl: string; nonProfileUrl: string; fixture: string; routed: Routed[] } {
  const { file, url } = largestLinkedInFixture();
  return {
    profileUrl: url,
    nonProfileUrl: NON_PROFILE_URL,
    fixture: file,
    routed: [
      { url, file },
      { url: NON_PROFILE_URL, html: NON_PROFILE_HTML },
    ],
  };
}

// ---- marks ---------------------------------------------------------------

/**
 * Whether a panel was drawn: ours records the moment in its own world (its host is a bare <div>
 * with a closed shadow root, nothing to select it by); the reference's chip carries an attribute.
 */
async function panelDrawn(page: Page): Promise<boolean> {
  if ((await timingsNamed(page, TIMING.mounted)).length > 0) return true;
  return page.evaluate(() => document.querySelector('[data-hire-signals-panel]') !== null);
}
/** A profile load is done when the panel is drawn. */
export async function panelMounted(page: Page): Promise<void> {
  const until = Date.now() + 20_000;
  while (!(await panelDrawn(page))) {
    if (Date.now() > until) throw new Error('no panel within 20 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
/** A non-profile load draws nothing: it is given time for the script to run, and anything it would do after. */
export const settled = (page: Page) => page.waitForTimeout(300);

/** Our slices (or the reference's) on the page so far: their sum, the first scan's span, their number. */
export async function ownWorkMs(page: Page): Promise<{ work: number; wall: number; count: number }> {
  const timings = await contentTimings(page);
  const work = timings.filter((e) => e.name === TIMING.work);
  const scan = timings.find((e) => e.name === TIMING.scan);
  return { work: work.reduce((s, e) => s + e.duration, 0), wall: scan ? scan.duration : NaN, count: work.length };
}

/** The first scan's slices and the two moments that name them (./scan-parts.ts). */
async function firstScanParts(page: Page): Promise<ScanParts> {
  const timings = await contentTimings(page);
  const slices = timings.filter((e) => e.name === TIMING.work);
  const readAt = timings.find((e) => e.name === TIMING.read)?.start ?? null;
  const mountedAt = timings.find((e) => e.name === TIMING.mounted)?.start ?? null;
  return scanParts(slices, readAt, mountedAt);
}

/** Waits for a profile load's first scan to be over: ours records its span (`scan`); the reference records its two slices. */
async function firstScanDone(arm: Arm, page: Page): Promise<void> {
  await panelMounted(page);
  if (arm.ours) await waitForTimings(page, (t) => t.some((e) => e.name === TIMING.scan));
  else await waitForTimings(page, (t) => t.filter((e) => e.name === TIMING.work).length >= 2);
}

/**
 * The same profile read, sent and drawn a second time by the same script,
 * warm: the page's app moves to the profile's own URL with a query string
 * (`history.pushState`, as an SPA's router does), the Navigation API tells
 * the reader, and it reads the page it has already read, sends it, and draws
 * the background's answer. What the first scan costs beyond this is the
 * first run of our code in a fresh script world. (The popup's "check again"
 * would not do: the background re-evaluates the snapshot it keeps and the
 * page only redraws, which `reevaluation.workMsPerTab` already counts.)
 */
async function rescanWorkMs(page: Page): Promise<number> {
  const before = await ownWorkMs(page);
  const reads = (await timingsNamed(page, TIMING.read)).length;
  await page.evaluate(() => history.pushState(null, '', `${location.pathname}?bench-rescan=1`));
  // Done when the answer is drawn: the one slice that starts after the second read began (the read's own slice started before it).
  await waitForTimings(page, (t) => {
    const read = t.filter((e) => e.name === TIMING.read)[reads];
    return !!read && t.some((w) => w.name === TIMING.work && w.start > read.start);
  });
  return (await ownWorkMs(page)).work - before.work;
}

export interface MarkedProfile {
  work: number[];
  wall: number[];
  /** Only for arms that are ours (the reference has no SPA navigation watch). */
  rescan: number[];
  /** Only for arms that are ours: the first scan's slices by what they hold. */
  parts: ScanParts[];
}

/** Marked loads of the profile page, arms interleaved; `rescan` also times a second scan in our arms. */
export async function markedProfileLoads(arms: Arm[], url: string, rounds: number, opts: { rescan: boolean }): Promise<Record<string, MarkedProfile>> {
  const out: Record<string, MarkedProfile> = Object.fromEntries(arms.map((a) => [a.label, { work: [], wall: [], rescan: [], parts: [] }]));
  for (const round of interleavedOrder(arms, rounds)) {
    for (const arm of round) {
      const page = await arm.open(url);
      try {
        await firstScanDone(arm, page);
        const m = await ownWorkMs(page);
        const o = out[arm.label]!;
        o.work.push(m.work);
        o.wall.push(m.wall);
        if (arm.ours) o.parts.push(await firstScanParts(page));
        if (opts.rescan && arm.ours) o.rescan.push(await rescanWorkMs(page));
      } finally {
        await page.close();
      }
    }
  }
  return out;
}

/** Marked loads of the non-profile page in our arms, interleaved. */
export async function markedNonProfileLoads(arms: Arm[], url: string, rounds: number): Promise<Record<string, number[]>> {
  const ours = arms.filter((a) => a.ours);
  const out: Record<string, number[]> = Object.fromEntries(ours.map((a) => [a.label, []]));
  for (const round of interleavedOrder(ours, rounds)) {
    for (const arm of round) {
      const page = await arm.open(url);
      try {
        await settled(page);
        out[arm.label]!.push((await ownWorkMs(page)).work);
      } finally {
        await page.close();
      }
    }
  }
  return out;
}

// ---- main-thread CPU from the browser --------------------------------------

export interface MainThreadLoads {
  /** Per arm, one reading per round (rounds aligned across arms). */
  costs: Record<string, MainThreadCost[]>;
  /** Per arm that is ours: its marks on the same loads. */
  marks: Record<string, number[]>;
  /** Per arm that is ours: loads on which the panel was in the page when the window closed. */
  panelDrawn: Record<string, number>;
}

/**
 * Main-thread CPU of paired loads: in each round, every arm loads each page
 * once, in the rotated order, every load in a fresh tab.
 */
export async function mainThreadLoads(arms: Arm[], urls: Record<string, string>, rounds: number): Promise<Record<string, MainThreadLoads>> {
  const out: Record<string, MainThreadLoads> = Object.fromEntries(
    Object.keys(urls).map((kind) => [
      kind,
      {
        costs: Object.fromEntries(arms.map((a) => [a.label, []])),
        marks: Object.fromEntries(arms.filter((a) => a.ours).map((a) => [a.label, []])),
        panelDrawn: Object.fromEntries(arms.filter((a) => a.ours).map((a) => [a.label, 0])),
      },
    ]),
  );
  for (const round of interleavedOrder(arms, rounds)) {
    for (const [kind, url] of Object.entries(urls)) {
      for (const arm of round) {
        const { cost, page } = await measuredLoad(arm, url);
        try {
          const o = out[kind]!;
          o.costs[arm.label]!.push(cost);
          if (arm.ours) {
            // Read after the window closed: reading costs the page nothing that is counted.
            o.marks[arm.label]!.push((await ownWorkMs(page)).work);
            if (await panelDrawn(page)) o.panelDrawn[arm.label]! += 1;
          }
        } finally {
          await page.close();
        }
      }
    }
  }
  return out;
}

export type MetricSpreads = Record<MainThreadMetric, Spread>;

export interface MainThreadSummary {
  url: string;
  /** Per arm, per metric: the load's main-thread CPU, ms. */
  arms: Record<string, MetricSpreads>;
  /** Per arm other than the base, per metric: round-by-round extra over the base arm. */
  overBase: Record<string, MetricSpreads>;
}

function metricSpreads(costs: readonly MainThreadCost[]): MetricSpreads {
  return Object.fromEntries(MAIN_THREAD_METRICS.map((m) => [m, spread(metricSeries(costs, m))])) as MetricSpreads;
}

export function pairedCostDeltas(arm: readonly MainThreadCost[], base: readonly MainThreadCost[]): MainThreadCost[] {
  if (arm.length !== base.length) throw new Error(`paired loads differ in number (${arm.length} vs ${base.length})`);
  return arm.map((c, i) => costDifference(c, base[i]!));
}

export function summariseMainThread(url: string, loads: MainThreadLoads, base: string): MainThreadSummary {
  const baseCosts = loads.costs[base]!;
  return {
    url,
    arms: Object.fromEntries(Object.entries(loads.costs).map(([label, costs]) => [label, metricSpreads(costs)])),
    overBase: Object.fromEntries(
      Object.entries(loads.costs)
        .filter(([label]) => label !== base)
        .map(([label, costs]) => [label, metricSpreads(pairedCostDeltas(costs, baseCosts))]),
    ),
  };
}

/** A per-metric comparison of two arms' readings (b − a), paired by round. */
export function metricComparisons(a: readonly MainThreadCost[], b: readonly MainThreadCost[]): Record<MainThreadMetric, Comparison> {
  return Object.fromEntries(MAIN_THREAD_METRICS.map((m) => [m, compareDifference(metricSeries(a, m), metricSeries(b, m))])) as Record<
    MainThreadMetric,
    Comparison
  >;
}

// ---- idle ------------------------------------------------------------------

export interface IdleFigures {
  windowMs: number;
  /** Per arm: main-thread CPU during the window. */
  threadMs: Record<string, number>;
  /** Our marks during the window: milliseconds and number of slices. */
  marksMs: number;
  marksSlices: number;
}

/**
 * Every arm has the profile page open at once (ours with its panel drawn), and
 * one window of IDLE_MS is read in all of them: the same seconds of the same
 * machine. The page is static, so what the page's main thread does in that
 * window beyond the bare browser's is ours.
 */
export async function idleSideBySide(arms: Arm[], url: string, windowMs = IDLE_MS): Promise<IdleFigures> {
  const open: Array<{ arm: Arm; page: Page }> = [];
  try {
    for (const arm of arms) {
      const page = await arm.open(url);
      open.push({ arm, page });
      if (arm.ours) await firstScanDone(arm, page);
    }
    await open[0]!.page.waitForTimeout(500);
    const sessions = await Promise.all(open.map(({ arm, page }) => metricsSession(page, arm)));
    const marksBefore = await Promise.all(open.map(({ arm, page }) => (arm.ours ? ownWorkMs(page) : null)));
    const before = await Promise.all(sessions.map(readMetrics));
    await new Promise((r) => setTimeout(r, windowMs));
    const after = await Promise.all(sessions.map(readMetrics));
    const marksAfter = await Promise.all(open.map(({ arm, page }) => (arm.ours ? ownWorkMs(page) : null)));
    const threadMs = Object.fromEntries(open.map(({ arm }, i) => [arm.label, costBetween(before[i]!, after[i]!).ThreadTime]));
    const i = open.findIndex(({ arm }) => arm.ours);
    return {
      windowMs,
      threadMs,
      marksMs: i >= 0 ? marksAfter[i]!.work - marksBefore[i]!.work : NaN,
      marksSlices: i >= 0 ? marksAfter[i]!.count - marksBefore[i]!.count : NaN,
    };
  } finally {
    for (const { page } of open) await page.close().catch(() => {});
  }
}

// ---- the default bench run ---------------------------------------------------

export interface BrowserFigures {
  fixture: string;
  runs: number;
  /** Rounds of the marked profile loads (ours and the reference). */
  ratioRuns: number;
  /** Each figure of the first scan is, per round, the mean of the side's two browsers (./browser-pool.ts). */
  profileScan: {
    /** Our marks, from the script's start to the panel mounted (summed slices). */
    ours: Spread;
    wall: Spread;
    rescan: Spread;
    /** The first scan split into the gate, the reader starting, the page read and sent, and the draw (./scan-parts.ts); rounds it could not split are left out (`n`). */
    parts: Record<keyof ScanParts, Spread>;
    /** The reference content script (./reference-extension.ts) on the same page, same marks, interleaved with ours. */
    reference: Spread;
    /** ours / reference, with its interval. */
    againstReference: Comparison;
  };
  nonProfileScan: Spread;
  /** V8 compiling our content-script files as they are injected, before any mark can run (./compile-trace.ts). */
  compile: { profile: Spread; nonProfile: Spread };
  mainThread: Record<'profile' | 'nonProfile', MainThreadSummary & {
    /** ours − empty, per metric, paired by round. */
    oursOverEmpty: Record<MainThreadMetric, Comparison>;
    /**
     * Profile page only: the reference content script (one message, one chip) over the empty one,
     * and ours over the reference, per metric, paired by round. The first is the floor any script
     * that draws a panel from a background's answer pays; the second is what our reading adds to it.
     */
    referenceOverEmpty?: Record<MainThreadMetric, Comparison>;
    oursOverReference?: Record<MainThreadMetric, Comparison>;
    /** Our marks on the same loads. */
    marks: Spread;
    /** Per load: our ThreadTime over the no-extension arm, less our marks: what the marks do not see. */
    unseenByMarks: Spread;
    panelDrawn: number;
  }>;
  /** Where ours' extra over the empty content script goes, by traced event name (./trace-breakdown.ts). */
  breakdown: Record<'profile' | 'nonProfile', BreakdownRow[]>;
  breakdownRuns: number;
  idle: IdleFigures;
  reevaluation: ReevaluationFigures;
}

export interface BrowserRunOptions {
  runs: number;
  /**
   * Rounds of the first profile scan against the reference. More than the
   * others: the reference's few milliseconds spread widely from load to load,
   * and its median decides the ratio (docs/performance.md, `BENCH_RATIO_RUNS`).
   */
  ratioRuns: number;
  /** Rounds of traced loads for the breakdown (tracing is slow; a few are enough to name the work). */
  traceRuns: number;
  reevaluation: { tabs: number; rounds: number };
}

export async function browserFigures({ runs, ratioRuns, traceRuns, reevaluation }: BrowserRunOptions): Promise<BrowserFigures> {
  const pages = benchPages();
  const empty = writeEmptyExtension(EXTENSION_DIR);
  const reference = writeReferenceExtension();
  // The first-scan ratio compares two arms, so each has two browsers (./browser-pool.ts): `ours`
  // and `reference` are the first of each pair and serve every other figure too.
  const oursLabels = browserLabels('ours');
  const referenceLabels = browserLabels('reference');
  const specs: ArmSpec[] = [
    { label: 'none', extensionDir: null },
    { label: 'empty', extensionDir: empty.dir },
    ...referenceLabels.map((label) => ({ label, extensionDir: reference.dir })),
    ...oursLabels.map((label) => ({ label, extensionDir: EXTENSION_DIR, ours: true })),
  ];
  try {
    return await withArms(specs, pages.routed, async (arms) => {
      const byLabel = (label: string) => arms.find((a) => a.label === label)!;
      const ours = byLabel('ours');
      console.log(`  marked profile loads: ours and the reference, two browsers each, interleaved (${ratioRuns} rounds)…`);
      const marked = await markedProfileLoads([...oursLabels, ...referenceLabels].map(byLabel), pages.profileUrl, ratioRuns, { rescan: true });
      const oursWork = pooledRounds(oursLabels, marked, (m) => m.work);
      const referenceWork = pooledRounds(referenceLabels, marked, (m) => m.work);
      console.log(`  marked non-profile loads (${runs})…`);
      const nonProfile = await markedNonProfileLoads([ours], pages.nonProfileUrl, runs);
      // The reference draws its chip on any page of the host: it is measured on the profile only.
      console.log(`  main-thread CPU: none, empty, reference and ours interleaved on the profile, then none, empty and ours on the other page (${runs} rounds each)…`);
      const cpuArms = [byLabel('none'), byLabel('empty'), ours];
      const cpu: Record<string, MainThreadLoads> = {
        ...(await mainThreadLoads([byLabel('none'), byLabel('empty'), byLabel('reference'), ours], { profile: pages.profileUrl }, runs)),
        ...(await mainThreadLoads(cpuArms, { nonProfile: pages.nonProfileUrl }, runs)),
      };
      console.log(`  script compile traces (${COMPILE_RUNS} per page)…`);
      const profileCompile = await scriptCompileMs(ours.session!, pages.profileUrl, COMPILE_RUNS, panelMounted);
      const nonProfileCompile = await scriptCompileMs(ours.session!, pages.nonProfileUrl, COMPILE_RUNS, settled);
      console.log(`  traced loads for the breakdown: empty and ours interleaved on both pages (${traceRuns} rounds)…`);
      const breakdown = (await traceBreakdown(byLabel('empty'), ours, { profile: pages.profileUrl, nonProfile: pages.nonProfileUrl }, traceRuns)) as BrowserFigures['breakdown'];
      console.log(`  idle: ${IDLE_MS / 1000} s side by side…`);
      const idle = await idleSideBySide(cpuArms, pages.profileUrl);
      console.log(`  re-evaluation after a settings change (${reevaluation.tabs} tabs, ${reevaluation.rounds} changes)…`);
      const reeval = await reevaluationFigures(ours.session!, pages.profileUrl, reevaluation.tabs, reevaluation.rounds);

      const mainThread = Object.fromEntries(
        (['profile', 'nonProfile'] as const).map((kind) => {
          const loads = cpu[kind]!;
          const url = kind === 'profile' ? pages.profileUrl : pages.nonProfileUrl;
          const oursOverNone = pairedDeltas(metricSeries(loads.costs.ours!, 'ThreadTime'), metricSeries(loads.costs.none!, 'ThreadTime'));
          return [
            kind,
            {
              ...summariseMainThread(url, loads, 'none'),
              oursOverEmpty: metricComparisons(loads.costs.empty!, loads.costs.ours!),
              ...(loads.costs.reference
                ? {
                    referenceOverEmpty: metricComparisons(loads.costs.empty!, loads.costs.reference),
                    oursOverReference: metricComparisons(loads.costs.reference, loads.costs.ours!),
                  }
                : {}),
              marks: spread(loads.marks.ours!),
              unseenByMarks: spread(pairedDeltas(oursOverNone, loads.marks.ours!)),
              panelDrawn: loads.panelDrawn.ours!,
            },
          ];
        }),
      ) as BrowserFigures['mainThread'];

      return {
        fixture: pages.fixture,
        runs,
        ratioRuns,
        profileScan: {
          ours: spread(oursWork),
          wall: spread(pooledRounds(oursLabels, marked, (m) => m.wall)),
          rescan: spread(pooledRounds(oursLabels, marked, (m) => m.rescan)),
          parts: Object.fromEntries(SCAN_PARTS.map((k) => [k, spread(pooledRounds(oursLabels, marked, (m) => m.parts.map((p) => p[k])).filter(Number.isFinite))])) as Record<keyof ScanParts, Spread>,
          reference: spread(referenceWork),
          againstReference: compareRatio(referenceWork, oursWork),
        },
        nonProfileScan: spread(nonProfile.ours!),
        compile: { profile: spread(profileCompile), nonProfile: spread(nonProfileCompile) },
        mainThread,
        breakdown,
        breakdownRuns: traceRuns,
        idle,
        reevaluation: reeval,
      };
    });
  } finally {
    empty.remove();
    reference.remove();
  }
}
