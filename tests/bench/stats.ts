/**
 * The bench's statistics: small, pure, and tested (tests/unit/bench/stats.test.ts).
 *
 * Why these and not more. This machine's absolute times drift during a run
 * (other builds, other browsers), so every comparison is made between arms
 * measured in the same run, interleaved: in each *round* every arm loads the
 * page once, within seconds of the others. A round is then the unit of
 * resampling: what a round shares (the machine's load at that moment) stays
 * together, and the drift between rounds cancels out of a ratio.
 *
 * "Beyond the noise" is one test, the same everywhere: a percentile bootstrap
 * of the statistic (a ratio of medians, or a difference of medians) over
 * rounds, with a fixed seed so a run's verdict is reproducible from its
 * numbers. If the 95 % interval does not contain the null value (1 for a
 * ratio, 0 for a difference), the difference is reported as beyond the noise.
 * Interquartile ranges are printed beside it so a reader can judge by eye.
 */

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** The q-quantile by linear interpolation between order statistics (R's type 7, numpy's default). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export interface Spread {
  n: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

export function spread(xs: readonly number[]): Spread {
  return {
    n: xs.length,
    median: median(xs),
    q1: quantile(xs, 0.25),
    q3: quantile(xs, 0.75),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
  };
}

/** Whether two samples' interquartile ranges overlap (a quick, visual reading of the noise). */
export function iqrsOverlap(a: readonly number[], b: readonly number[]): boolean {
  const sa = spread(a);
  const sb = spread(b);
  return sa.q1 <= sb.q3 && sb.q1 <= sa.q3;
}

/** Round by round, `arm[i] − base[i]`: the extra an arm costs over the base measured in the same round. */
export function pairedDeltas(arm: readonly number[], base: readonly number[]): number[] {
  if (arm.length !== base.length) throw new Error(`paired samples differ in length (${arm.length} vs ${base.length})`);
  return arm.map((x, i) => x - base[i]!);
}

/**
 * The order in which arms load in each round: round r starts at arm r mod k and
 * goes round the list. Every arm runs once per round, and over k rounds each arm
 * takes each position once, so none is always the first after a pause or
 * always the one right after a given other arm's load.
 */
export function interleavedOrder<T>(arms: readonly T[], rounds: number): T[][] {
  const k = arms.length;
  return Array.from({ length: rounds }, (_, r) => arms.map((_, i) => arms[(r + i) % k]!));
}

/** A small seeded generator (mulberry32): the bootstrap's verdict is reproducible from the run's numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface Interval {
  /** The statistic on the samples as measured. */
  value: number;
  low: number;
  high: number;
}

export interface BootstrapOptions {
  resamples?: number;
  /** Two-sided coverage, e.g. 0.95. */
  level?: number;
  seed?: number;
}

/**
 * Percentile bootstrap interval of `stat(a, b)`. Samples of equal length are
 * taken as paired by round and resampled together (the same round indices for
 * both); samples of different lengths (a failed load dropped) are resampled
 * each on its own.
 */
export function bootstrapInterval(
  a: readonly number[],
  b: readonly number[],
  stat: (a: readonly number[], b: readonly number[]) => number,
  { resamples = 2000, level = 0.95, seed = 20_261_125 }: BootstrapOptions = {},
): Interval {
  const value = stat(a, b);
  if (a.length === 0 || b.length === 0) return { value, low: NaN, high: NaN };
  const rnd = seededRandom(seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const paired = a.length === b.length;
  const stats: number[] = [];
  const ra: number[] = Array.from({ length: a.length }, () => 0);
  const rb: number[] = Array.from({ length: b.length }, () => 0);
  for (let r = 0; r < resamples; r++) {
    if (paired) {
      for (let i = 0; i < a.length; i++) {
        const j = pick(a.length);
        ra[i] = a[j]!;
        rb[i] = b[j]!;
      }
    } else {
      for (let i = 0; i < a.length; i++) ra[i] = a[pick(a.length)]!;
      for (let i = 0; i < b.length; i++) rb[i] = b[pick(b.length)]!;
    }
    const s = stat(ra, rb);
    if (Number.isFinite(s)) stats.push(s);
  }
  const tail = (1 - level) / 2;
  return { value, low: quantile(stats, tail), high: quantile(stats, 1 - tail) };
}

export const ratioOfMedians = (a: readonly number[], b: readonly number[]): number => median(b) / median(a);

/**
 * `b` less `a`. Paired samples (equal lengths, one value per round) give the
 * median of the round-by-round differences, from which what a round shares
 * cancels term by term; otherwise the difference of the two medians.
 */
export const medianDifference = (a: readonly number[], b: readonly number[]): number =>
  a.length === b.length ? median(pairedDeltas(b, a)) : median(b) - median(a);

/**
 * Below this many rounds a bootstrap has too few distinct resamples to say
 * anything (3 rounds give 10 distinct ones): no noise verdict is given.
 */
export const MIN_ROUNDS_FOR_VERDICT = 8;

export interface Comparison {
  /** `b` against `a`: median(b) / median(a), or `medianDifference(a, b)`. */
  interval: Interval;
  /** The interval leaves out the null value (1 for a ratio, 0 for a difference). */
  beyondNoise: boolean;
  /** Fewer than MIN_ROUNDS_FOR_VERDICT values on either side: `beyondNoise` is false and means nothing. */
  tooFewRounds: boolean;
  iqrsOverlap: boolean;
}

/** `b` against `a` as a ratio of medians, with its interval and the noise verdict. */
export function compareRatio(a: readonly number[], b: readonly number[], opts?: BootstrapOptions): Comparison {
  return compare(a, b, bootstrapInterval(a, b, ratioOfMedians, opts), 1);
}

/** `b` against `a` as a difference (for figures near zero, where a ratio is meaningless): see `medianDifference`. */
export function compareDifference(a: readonly number[], b: readonly number[], opts?: BootstrapOptions): Comparison {
  return compare(a, b, bootstrapInterval(a, b, medianDifference, opts), 0);
}

function compare(a: readonly number[], b: readonly number[], interval: Interval, nullValue: number): Comparison {
  const tooFewRounds = Math.min(a.length, b.length) < MIN_ROUNDS_FOR_VERDICT;
  const excludes = Number.isFinite(interval.low) && Number.isFinite(interval.high) && (interval.low > nullValue || interval.high < nullValue);
  return { interval, beyondNoise: !tooFewRounds && excludes, tooFewRounds, iqrsOverlap: iqrsOverlap(a, b) };
}

export interface Budget {
  max?: number;
  min?: number;
  /** A stricter target the team aims for; printed, but the verdict is against max/min. */
  aim?: number;
  unit?: string;
}

/** "within (≤ 5×)" / "OVER (≤ 5×)", with the aim when there is one. */
export function budgetVerdict(value: number, b: Budget): string {
  const u = b.unit ?? '';
  if (!Number.isFinite(value)) return 'no value';
  let out: string;
  if (b.max !== undefined) out = value <= b.max ? `within (≤ ${b.max}${u})` : `OVER (≤ ${b.max}${u})`;
  else if (b.min !== undefined) out = value >= b.min ? `within (≥ ${b.min}${u})` : `OVER (≥ ${b.min}${u})`;
  else out = '';
  if (b.aim !== undefined) {
    const reached = b.max !== undefined || b.min === undefined ? value <= b.aim : value >= b.aim;
    out += `${out ? '; ' : ''}aim ${b.max !== undefined || b.min === undefined ? '≤' : '≥'} ${b.aim}${u} ${reached ? 'reached' : 'not reached'}`;
  }
  return out;
}
