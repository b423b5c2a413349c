/**
 * A/B of a build-level trick: `npm run bench -- --ab <name>[,<name>]`.
 *
 * The build can switch its own plugins off by name (`HS_BUILD_WITHOUT`, e.g.
 * `reader-compile-hint`, `content-jsx-runtime`)
 * and write to another folder (`WXT_OUT_DIR`). This mode builds the extension
 * twice, now, with the same command: "with" (nothing switched off) and
 * "without" (the named tricks switched off), each into its own folder. Then
 * both builds, each in two browsers, and a browser without any extension are
 * opened side by side (./arms.ts) and their page loads interleaved, and each
 * figure is printed as
 * with / without, with a 95 % bootstrap interval over rounds and whether the
 * difference is beyond the noise (./stats.ts). A trick whose ratio is not
 * beyond the noise does not pay for itself (docs/performance.md).
 *
 * `--ab self` builds the same extension twice: its ratios must come out at
 * about 1.0 and within the noise, which checks the method on this machine.
 *
 * Each build has two browsers (./browser-pool.ts): one browser's own speed
 * would otherwise be credited to the trick.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../e2e/harness';
import { withArms, type Arm } from './arms';
import { benchPages, mainThreadLoads, markedNonProfileLoads, markedProfileLoads, pairedCostDeltas } from './browser-figures';
import { bundleFigures } from './bundle-figures';
import { MAIN_THREAD_METRICS, metricSeries, type MainThreadMetric } from './main-thread-cost';
import { BROWSERS_PER_BUILD, browserLabels, pooledRounds, roundMeanCosts } from './browser-pool';
import { compareDifference, compareRatio, spread, type Comparison, type Spread } from './stats';

export const AB_WITH = 'with';
export const AB_WITHOUT = 'without';

/** What the build is asked to leave out: `self` means nothing (the method's own check). */
export function abWithout(arg: string): string {
  return arg === 'self' ? '' : arg;
}

/** Builds the extension into `outDir` (relative to the project) with `HS_BUILD_WITHOUT` set; returns the built extension's folder. */
function buildVariant(outDir: string, without: string): string {
  console.log(`  building ${outDir} (HS_BUILD_WITHOUT=${without || '∅'})…`);
  const res = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: outDir, HS_BUILD_WITHOUT: without },
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    throw new Error(`the build with HS_BUILD_WITHOUT=${without} failed:\n${(res.stderr || res.stdout).split('\n').slice(-30).join('\n')}`);
  }
  return join(ROOT, outDir, 'chrome-mv3');
}

/** Every file of a built extension, by path relative to it. */
function builtFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

/** Files that differ between two builds (added, removed or changed), for the report and the self-check. */
export function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).sort();
}

export interface AbFigure {
  with: Spread;
  without: Spread;
  /** with / without (below 1: the trick saves). */
  ratio: Comparison;
}

export interface AbFigures {
  without: string;
  builds: { with: string; without: string };
  /** Files that differ between the two builds (empty: the builds are the same). */
  differingFiles: string[];
  runs: number;
  fixture: string;
  bundleGzipBytes: { with: number; without: number; ratio: number };
  profileScanMs: AbFigure;
  profileRescanMs: AbFigure;
  nonProfileScanMs: AbFigure;
  /** Main-thread CPU over the no-extension arm, per page kind and metric, paired by round. */
  mainThread: Record<'profile' | 'nonProfile', Record<MainThreadMetric, AbFigure & { difference: Comparison }>>;
}

function abFigure(withValues: number[], withoutValues: number[]): AbFigure {
  return { with: spread(withValues), without: spread(withoutValues), ratio: compareRatio(withoutValues, withValues) };
}

export async function abFigures(arg: string, runs: number): Promise<AbFigures> {
  const without = abWithout(arg);
  const label = without ? without.replace(/[^a-z0-9-]+/gi, '+') : 'self';
  const withDir = buildVariant(join('.output', 'ab-with'), '');
  const withoutDir = buildVariant(join('.output', `ab-without-${label}`), without);
  const differing = differingFiles(builtFiles(withDir), builtFiles(withoutDir));
  const bundleWith = bundleFigures(withDir).content.gzipBytes;
  const bundleWithout = bundleFigures(withoutDir).content.gzipBytes;
  const pages = benchPages();

  const withLabels = browserLabels(AB_WITH);
  const withoutLabels = browserLabels(AB_WITHOUT);
  return withArms(
    [
      { label: 'none', extensionDir: null },
      ...withLabels.map((label) => ({ label, extensionDir: withDir, ours: true })),
      ...withoutLabels.map((label) => ({ label, extensionDir: withoutDir, ours: true })),
    ],
    pages.routed,
    async (arms: Arm[]) => {
      const builds = arms.filter((a) => a.ours);
      console.log(`  marked profile loads, with and without interleaved, ${BROWSERS_PER_BUILD} browsers each (${runs} rounds)…`);
      const marked = await markedProfileLoads(builds, pages.profileUrl, runs, { rescan: true });
      console.log(`  marked non-profile loads (${runs} rounds)…`);
      const nonProfile = await markedNonProfileLoads(builds, pages.nonProfileUrl, runs);
      console.log(`  main-thread CPU: none, with, without interleaved on both pages (${runs} rounds)…`);
      const cpu = await mainThreadLoads(arms, { profile: pages.profileUrl, nonProfile: pages.nonProfileUrl }, runs);

      const mainThread = Object.fromEntries(
        (['profile', 'nonProfile'] as const).map((kind) => {
          const loads = cpu[kind]!;
          const overNone = (labels: readonly string[]) => pairedCostDeltas(roundMeanCosts(labels.map((label) => loads.costs[label]!)), loads.costs.none!);
          const w = overNone(withLabels);
          const wo = overNone(withoutLabels);
          return [
            kind,
            Object.fromEntries(
              MAIN_THREAD_METRICS.map((m) => {
                const ws = metricSeries(w, m);
                const wos = metricSeries(wo, m);
                return [m, { ...abFigure(ws, wos), difference: compareDifference(wos, ws) }];
              }),
            ),
          ];
        }),
      ) as AbFigures['mainThread'];

      return {
        without: arg,
        builds: { with: relative(ROOT, withDir), without: relative(ROOT, withoutDir) },
        differingFiles: differing,
        runs,
        fixture: pages.fixture,
        bundleGzipBytes: { with: bundleWith, without: bundleWithout, ratio: bundleWith / bundleWithout },
        profileScanMs: abFigure(pooledRounds(withLabels, marked, (m) => m.work), pooledRounds(withoutLabels, marked, (m) => m.work)),
        profileRescanMs: abFigure(pooledRounds(withLabels, marked, (m) => m.rescan), pooledRounds(withoutLabels, marked, (m) => m.rescan)),
        nonProfileScanMs: abFigure(pooledRounds(withLabels, nonProfile, (w) => w), pooledRounds(withoutLabels, nonProfile, (w) => w)),
        mainThread,
      };
    },
  );
}
