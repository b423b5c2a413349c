/**
 * Several browsers for one arm. Two browsers started the same way with the
 * same extension differ in speed by themselves: over 40 interleaved rounds,
 * the same reader's first scan measured 16.95, 17.40 and 15.90 ms in three of
 * them (docs/performance.md, "Why two browsers per build"). Where one figure
 * is compared with another (an A/B, the first scan against the reference),
 * each side gets two browsers, and a round's value for the side is the mean
 * of its browsers' loads in that round, so a fast or slow browser cannot
 * decide the comparison alone.
 */
import { MAIN_THREAD_METRICS, metricSeries, type MainThreadCost } from './main-thread-cost';

/** Browsers per A/B build, and per arm of the first-scan ratio (see above). */
export const BROWSERS_PER_BUILD = 2;

/** The arm labels of one build's browsers: `with`, `with#2`, … */
export function browserLabels(build: string, count = BROWSERS_PER_BUILD): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? build : `${build}#${i + 1}`));
}

/** Round by round, the mean of several browsers' series (each one value per round). */
export function roundMeans(series: readonly (readonly number[])[]): number[] {
  const rounds = series[0]?.length ?? 0;
  if (series.some((s) => s.length !== rounds)) throw new Error('the browsers of one arm loaded different numbers of rounds');
  return Array.from({ length: rounds }, (_, r) => series.reduce((sum, s) => sum + s[r]!, 0) / series.length);
}

/** One side's series, round by round the mean over its browsers: `pick` reads each browser's series from its figures. */
export function pooledRounds<T>(labels: readonly string[], byLabel: Readonly<Record<string, T | undefined>>, pick: (figures: T) => readonly number[]): number[] {
  return roundMeans(labels.map((label) => pick(byLabel[label]!)));
}

/** Round by round and metric by metric, the mean of several browsers' main-thread readings. */
export function roundMeanCosts(series: readonly (readonly MainThreadCost[])[]): MainThreadCost[] {
  const byMetric = MAIN_THREAD_METRICS.map((m) => roundMeans(series.map((costs) => metricSeries(costs, m))));
  return byMetric[0]!.map((_, r) => Object.fromEntries(MAIN_THREAD_METRICS.map((m, k) => [m, byMetric[k]![r]!])) as MainThreadCost);
}
