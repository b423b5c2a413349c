/**
 * Name comparison for name-spelling-mismatch: tokens only, order-free, so
 * "Minjun Kim" and "Kim Minjun" are the same name. Nothing here looks at what
 * a name sounds like or where it comes from (shared/advisories.md §4 item 1);
 * it only asks whether the same person spelled it the same way twice.
 */

import { boundedEditDistance } from './edit-distance';

const IGNORED = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'phd', 'mba', 'msc', 'bsc', 'jr', 'sr', 'ii', 'iii', 'pmp', 'cpa']);

export function nameTokens(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((x) => x.length >= 2 && !IGNORED.has(x));
}

/**
 * Letters that may differ before two tokens stop being one spelling: one for
 * short name parts, two from LONG_TOKEN letters. Short parts are compared too,
 * so short names get the same scrutiny as long ones (fairness test).
 */
const LONG_TOKEN = 5;

/**
 * A token of `other` that is a near-miss of a token of `display` ("Jonathan" vs
 * "Jonathon", "Kim" vs "Kimm"), or null. Short forms ("Alex" for "Alexander")
 * differ by more letters than `allowed` and never count.
 */
export function spellingVariant(display: readonly string[], other: readonly string[]): [string, string] | null {
  for (const o of other) {
    if (display.includes(o)) continue;
    for (const d of display) {
      const allowed = Math.min(d.length, o.length) >= LONG_TOKEN ? 2 : 1;
      const dist = boundedEditDistance(d, o, allowed);
      if (dist >= 1 && dist <= allowed) return [d, o];
    }
  }
  return null;
}
