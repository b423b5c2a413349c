import { isRef, LiteralError, LiteralReader, MAX_ARRAY_LENGTH, type Literal } from './js-literal';

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
  // The body is a prelude of assignments into the arguments (`L.name="Newest";aT[0]={…};`),
  // then `return {…}`. Remember the prelude; apply it once the arguments are known.
  const prelude: Assignment[] = [];
  const body = readPrelude(r, prelude);
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
  for (const a of prelude) assign(scope, a);
  return asRecord(resolve(returned, scope));
}

/** `target.path[0].more = value` from the function's prelude. */
interface Assignment {
  base: string;
  path: (string | number)[];
  value: Literal;
}

/** Statements the prelude may hold; a real page has about a hundred. */
const MAX_STATEMENTS = 20_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads `a.b=…;` / `a[3]=…;` statements up to the top-level `return` and
 * returns the position just after it (-1 when there is none). A statement of
 * any other form is skipped whole: what it would have set stays unknown.
 */
function readPrelude(r: LiteralReader, out: Assignment[]): number {
  for (let n = 0; n < MAX_STATEMENTS; n++) {
    const c = r.peek();
    if (c === ';' || c === ',') {
      r.pos++;
      continue;
    }
    if (c === '' || c === '}') return -1;
    if (r.eatWord('return')) return r.pos;
    const start = r.pos;
    try {
      out.push(readAssignment(r));
      const after = r.peek();
      if (after === ';' || after === ',' || after === '}' || after === 'r') continue;
      throw new LiteralError('statement end expected');
    } catch (err) {
      if (!(err instanceof LiteralError)) throw err;
      r.pos = start;
      if (!skipStatement(r)) return -1;
    }
  }
  return -1;
}

function readAssignment(r: LiteralReader): Assignment {
  const base = r.identifier();
  const path: (string | number)[] = [];
  for (;;) {
    const c = r.peek();
    if (c === '.') {
      r.pos++;
      path.push(r.identifier());
    } else if (c === '[') {
      r.pos++;
      const k = r.value();
      if (typeof k !== 'string' && typeof k !== 'number') throw new LiteralError('computed key');
      path.push(k);
      r.expect(']');
    } else break;
  }
  r.expect('=');
  if (r.src[r.pos] === '=') throw new LiteralError('comparison, not assignment');
  return { base, path, value: r.value() };
}

/** Skip one statement up to its top-level `;`; false when the body ends first. */
function skipStatement(r: LiteralReader): boolean {
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
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && c === ';') {
      r.pos++;
      return true;
    }
    r.pos++;
  }
  return false;
}

/** Apply one prelude assignment to an argument's value (objects and arrays only; never a prototype). */
function assign(scope: Map<string, Literal>, a: Assignment): void {
  if (!a.path.length) {
    if (scope.has(a.base)) scope.set(a.base, a.value);
    return;
  }
  let target: Literal = scope.get(a.base);
  for (let i = 0; i < a.path.length; i++) {
    // Follow a reference to another argument (`a.b=c; c.d=1`).
    for (let hops = 0; isRef(target) && hops < 4; hops++) target = scope.get(target.$ref);
    if (!target || typeof target !== 'object' || isRef(target)) return;
    const key = a.path[i]!;
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return;
    const last = i === a.path.length - 1;
    if (Array.isArray(target)) {
      const idx = typeof key === 'number' ? key : /^\d+$/.test(key) ? Number(key) : -1;
      if (!Number.isInteger(idx) || idx < 0 || idx >= MAX_ARRAY_LENGTH) return;
      if (last) target[idx] = a.value;
      else target = target[idx];
    } else {
      const obj = target as { [key: string]: Literal };
      if (last) obj[String(key)] = a.value;
      else target = Object.prototype.hasOwnProperty.call(obj, String(key)) ? obj[String(key)] : undefined;
    }
  }
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

/**
 * Replace argument references by their values; unresolvable references become
 * `undefined`. Each argument is resolved once and shared (a hostile page could
 * otherwise make references fan out exponentially); a reference back into an
 * argument being resolved (a cycle) is unknown.
 */
export function resolve(v: Literal, scope: ReadonlyMap<string, Literal>): unknown {
  const done = new Map<string, unknown>();
  const busy = new Set<string>();
  const walk = (x: Literal, depth: number): unknown => {
    if (depth > 200) return undefined;
    if (isRef(x)) {
      const name = x.$ref;
      if (done.has(name)) return done.get(name);
      if (busy.has(name) || !scope.has(name)) return undefined;
      busy.add(name);
      const out = walk(scope.get(name), depth + 1);
      busy.delete(name);
      done.set(name, out);
      return out;
    }
    if (Array.isArray(x)) return x.map((e) => walk(e, depth + 1));
    if (x && typeof x === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, e] of Object.entries(x)) {
        if (FORBIDDEN_KEYS.has(k)) continue;
        out[k] = walk(e, depth + 1);
      }
      return out;
    }
    return x;
  };
  return walk(v, 0);
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/**
 * The viewed freelancer (never the signed-in viewer in `state.user`):
 * `state.profileViewer.profile` on the live 2026 public profile, and
 * `state.profile.profile` on earlier Nuxt pages (shared/platform-pages.md, Upwork).
 */
export function nuxtProfile(state: Record<string, unknown> | null): Record<string, unknown> | null {
  const s = asRecord(state?.state);
  return asRecord(asRecord(s?.profileViewer)?.profile) ?? asRecord(asRecord(s?.profile)?.profile);
}

/** The profile viewer's side state (work history pages, the freelancer's person ids), when the page has it. */
export function nuxtProfileViewer(state: Record<string, unknown> | null): Record<string, unknown> | null {
  return asRecord(asRecord(state?.state)?.profileViewer);
}
