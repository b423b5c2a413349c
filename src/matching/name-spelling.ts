/**
 * Name comparison for name-spelling-mismatch: tokens only, order-free, so
 * "Minjun Kim" and "Kim Minjun" are the same name. Nothing here looks at what
 * a name sounds like or where it comes from (shared/advisories.md §4 item 1);
 * it only asks whether the same person spelled it the same way twice.
 */

import anyAscii from 'any-ascii';
import { boundedEditDistance } from './edit-distance';

const IGNORED = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'phd', 'mba', 'msc', 'bsc', 'jr', 'sr', 'ii', 'iii', 'pmp', 'cpa']);

/** Greek "ου" is romanised "ou" in names (Papadopoulos); letter by letter it would read "oi". */
const GREEK_OU = /[\u03BF\u03CC\u039F\u038C][\u03C5\u03CD\u03A5\u038E]/g;

/**
 * A name's tokens in one script: transliterated to ASCII first (any-ascii:
 * "Дмитрий" → "dmitriy", "Müller" → "muller", "Łukasz" → "lukasz"), so the same
 * name written in another script or with accents is the same token.
 */
export function nameTokens(s: string): string[] {
  return anyAscii(s.normalize('NFKC').replace(GREEK_OU, 'ou'))
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((x) => x.length >= 2 && !IGNORED.has(x));
}

/**
 * The same name in different romanisations reads the same here, so that no
 * transliteration choice is ever counted as a spelling mismatch: German umlaut
 * digraphs (Mueller/Müller), Slavic endings (Dmitriy/Dmitry/Dmitrii, Yuriy/Jurij),
 * a silent "r" (Park/Pak), "h" after a consonant (Khan/Kan), "ph"/"f", "x"/"ks",
 * "w"/"v". Both sides are folded the same way, so this can only
 * make two spellings equal, never different.
 */
export function nameSkeleton(token: string): string {
  return token
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/(?:iy|ii|ij|yi|ey|yy)$/, 'y')
    .replace(/[yj]/g, 'i')
    .replace(/ou|oo/g, 'u')
    .replace(/([b-df-hj-np-tv-z])h/g, '$1')
    .replace(/([aeiou])r(?=[b-df-hj-np-tv-z]|$)/g, '$1');
}

/** Are two tokens the same name part, up to transliteration (see `nameSkeleton`)? */
export function sameNamePart(a: string, b: string): boolean {
  return a === b || nameSkeleton(a) === nameSkeleton(b);
}

function joinedPairs(tokens: readonly string[]): string[] {
  return tokens.slice(1).map((t, i) => tokens[i]! + t);
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
  // Particles and compound names are written joined or apart ("Al-Sayed" / "alsayed", "Van Dijk" / "vandijk").
  const displayParts = [...display, ...joinedPairs(display)];
  for (const [i, o] of other.entries()) {
    if (displayParts.some((d) => sameNamePart(d, o))) continue;
    const withNeighbours = [other[i - 1] !== undefined ? other[i - 1]! + o : null, other[i + 1] !== undefined ? o + other[i + 1]! : null];
    if (withNeighbours.some((joined) => joined !== null && display.some((d) => sameNamePart(d, joined)))) continue;
    for (const d of display) {
      const allowed = Math.min(d.length, o.length) >= LONG_TOKEN ? 2 : 1;
      const dist = boundedEditDistance(d, o, allowed);
      if (dist >= 1 && dist <= allowed) return [d, o];
    }
  }
  return null;
}
