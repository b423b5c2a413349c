import { isRef, LiteralError, LiteralReader, type Literal } from './js-literal';

/**
 * Upwork's 2026 pages ship `window.__NUXT__=(function(a,b,…){…return {…}}(x,y,…))`.
 * We read the returned object literal and the call's arguments, then replace
 * argument references (`a`, `b`, …) with their values. No eval: statements
 * before `return` (e.g. `a.foo=…;`) are skipped, and references we cannot
 * resolve become `undefined` (unknown), never guessed.
 */

/** Bound on how much script text we are willing to scan (the state is ~1 MB at most). */
const MAX_SCRIPT_CHARS = 3_000_000;
const MARKER = /window\.__NUXT__\s*=\s*/;

export function findNuxtScript(document: Document): string | null {
  const scripts = document.querySelectorAll('script:not([src])');
  for (let i = 0; i < scripts.length && i < 400; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length <= MAX_SCRIPT_CHARS && text.includes('__NUXT__')) return text;
  }
  return null;
}

/** Parse the Nuxt IIFE (or a plain object assignment) into a plain value; `null` when unreadable. */
export function parseNuxtState(script: string): Record<string, unknown> | null {
  try {
    const m = MARKER.exec(script);
    if (!m) return null;
    const r = new LiteralReader(script, m.index + m[0].length);
    if (r.peek() === '{') return asRecord(resolve(r.value(), new Map()));
    return parseIife(r);
  } catch (err) {
    if (err instanceof LiteralError || err instanceof RangeError) return null;
    throw err;
  }
}

function parseIife(r: LiteralReader): Record<string, unknown> | null {
  r.expect('(');
  if (!r.eatWord('function')) return null;
  if (r.peek() !== '(') r.identifier(); // optional function name
  r.expect('(');
  const params: string[] = [];
  while (r.peek() !== ')') {
    params.push(r.identifier());
    if (r.peek() === ',') r.pos++;
  }
  r.pos++;
  r.expect('{');
  // Skip statements until the top-level `return` of the function body.
  const body = findTopLevelReturn(r);
  if (body < 0) return null;
  r.pos = body;
  const returned = r.value();
  // Skip the rest of the body, then read the call arguments `}(…)` or `})(…)`.
  skipTo(r, '}');
  r.pos++;
  if (r.peek() === ')') r.pos++;
  r.expect('(');
  const args: Literal[] = [];
  while (r.peek() !== ')') {
    args.push(r.value());
    if (r.peek() === ',') r.pos++;
    else if (r.peek() !== ')') throw new LiteralError('bad argument list');
  }
  const scope = new Map<string, Literal>();
  params.forEach((p, i) => scope.set(p, args[i]));
  return asRecord(resolve(returned, scope));
}

/** Position just after `return` at the function body's top level, or -1. */
function findTopLevelReturn(r: LiteralReader): number {
  const s = r.src;
  let depth = 0;
  while (r.pos < s.length) {
    const c = s[r.pos]!;
    if (c === '"' || c === "'") {
      r.string();
      continue;
    }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') {
      if (depth === 0) return -1;
      depth--;
    } else if (depth === 0 && c === 'r' && s.startsWith('return', r.pos) && !/[\w$]/.test(s[r.pos - 1] ?? '') && !/[\w$]/.test(s[r.pos + 6] ?? '')) {
      return r.pos + 6;
    }
    r.pos++;
  }
  return -1;
}

function skipTo(r: LiteralReader, ch: string): void {
  const s = r.src;
  let depth = 0;
  while (r.pos < s.length) {
    const c = s[r.pos]!;
    if (c === '"' || c === "'") {
      r.string();
      continue;
    }
    if (depth === 0 && c === ch) return;
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    r.pos++;
  }
  throw new LiteralError(`missing ${ch}`);
}

/** Replace argument references by their values; unresolvable references become `undefined`. */
export function resolve(v: Literal, scope: ReadonlyMap<string, Literal>, depth = 0): unknown {
  if (depth > 80) return undefined;
  if (isRef(v)) {
    const bound = scope.get(v.$ref);
    // An argument's own value cannot reference parameters, so no recursion loop.
    return isRef(bound) ? undefined : resolve(bound, new Map(), depth + 1);
  }
  if (Array.isArray(v)) return v.map((x) => resolve(x, scope, depth + 1));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      out[k] = resolve(x, scope, depth + 1);
    }
    return out;
  }
  return v;
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** `state.profile.profile` — the viewed freelancer (not the signed-in viewer in `state.user`). */
export function nuxtProfile(state: Record<string, unknown> | null): Record<string, unknown> | null {
  const s = asRecord(state?.state);
  const p = asRecord(s?.profile);
  return asRecord(p?.profile);
}
