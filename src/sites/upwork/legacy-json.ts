import { isRecord } from '../dom-read';
import { LiteralError, LiteralReader } from './js-literal';
import { resolve } from './nuxt-state';

/**
 * The 2016-era profile page set its state in an inline script as a JS object
 * literal marked `pageId:"flProfile"` (keys quoted or not). We try each
 * `= {` / `({` object start in scripts that mention the marker and keep the
 * one whose `pageId` is `flProfile`. Bounded: a few scripts, a few candidates.
 */
const MAX_SCRIPTS = 400;
const MAX_CANDIDATES = 40;
const MAX_SCRIPT_CHARS = 3_000_000;

export function findLegacyProfileRecord(document: Document): Record<string, unknown> | null {
  const scripts = document.querySelectorAll('script:not([src])');
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const src = scripts[i]!.textContent ?? '';
    if (src.length > MAX_SCRIPT_CHARS || !src.includes('flProfile')) continue;
    const found = readFromScript(src);
    if (found) return found;
  }
  return null;
}

export function readFromScript(src: string): Record<string, unknown> | null {
  const starts = /[=(:]\s*\{/g;
  let tried = 0;
  for (let m = starts.exec(src); m && tried < MAX_CANDIDATES; m = starts.exec(src)) {
    tried++;
    try {
      const r = new LiteralReader(src, m.index + m[0].length - 1);
      const value = findMarked(resolve(r.value(), new Map()), 0);
      if (value) {
        const inner = value.profile;
        // The record sits under `profile` in the page state; accept it at the top level too.
        if (isRecord(inner) && (isRecord(inner.identity) || isRecord(inner.stats))) return inner;
        return value;
      }
      // Skip past what we just read so nested objects are not retried one by one.
      starts.lastIndex = Math.max(starts.lastIndex, r.pos);
    } catch (err) {
      if (!(err instanceof LiteralError) && !(err instanceof RangeError)) throw err;
    }
  }
  return null;
}

/** The object carrying `pageId: "flProfile"`, searched a few levels deep. */
function findMarked(v: unknown, depth: number): Record<string, unknown> | null {
  if (!isRecord(v) || depth > 4) return null;
  if (v.pageId === 'flProfile') return v;
  for (const child of Object.values(v)) {
    const hit = findMarked(child, depth + 1);
    if (hit) return hit;
  }
  return null;
}
