/**
 * A tiny reader for JavaScript *literals* (objects, arrays, strings, numbers,
 * true/false/null/undefined, `void 0`, bare identifiers) — enough to read the
 * minified `window.__NUXT__=(function(a,b,…){return {…}}(…))` state Upwork
 * ships, without `eval`/`new Function` (the page is hostile input and extension
 * CSP forbids eval anyway). Bare identifiers are returned as `{ $ref: name }`
 * so the caller can resolve them against the IIFE's arguments.
 *
 * Bounded: input length and nesting depth are capped; anything it does not
 * understand throws `LiteralError`, which callers catch to fall back to the DOM.
 */

export class LiteralError extends Error {}

export interface Ref {
  $ref: string;
}

export type Literal = string | number | boolean | null | undefined | Ref | Literal[] | { [key: string]: Literal };

const MAX_DEPTH = 64;
/** Longest `Array(n)` we allocate; real states use a few dozen. */
export const MAX_ARRAY_LENGTH = 10_000;
const IDENT = /[A-Za-z_$][\w$]*/y;
const NUMBER = /-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;

export function isRef(v: unknown): v is Ref {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Ref).$ref === 'string' && Object.keys(v).length === 1;
}

export class LiteralReader {
  pos: number;
  constructor(
    readonly src: string,
    start = 0,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const s = this.src;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else if (c === 47 && s[this.pos + 1] === '*') {
        const end = s.indexOf('*/', this.pos + 2);
        if (end < 0) throw new LiteralError('unterminated comment');
        this.pos = end + 2;
      } else return;
    }
  }

  peek(): string {
    this.skipSpace();
    return this.src[this.pos] ?? '';
  }

  expect(ch: string): void {
    if (this.peek() !== ch) throw new LiteralError(`expected ${ch} at ${this.pos}`);
    this.pos++;
  }

  /** Consume `word` when it comes next (as a whole identifier). */
  eatWord(word: string): boolean {
    this.skipSpace();
    if (!this.src.startsWith(word, this.pos)) return false;
    const after = this.src[this.pos + word.length] ?? '';
    if (/[\w$]/.test(after)) return false;
    this.pos += word.length;
    return true;
  }

  identifier(): string {
    this.skipSpace();
    IDENT.lastIndex = this.pos;
    const m = IDENT.exec(this.src);
    if (!m) throw new LiteralError(`identifier expected at ${this.pos}`);
    this.pos += m[0].length;
    return m[0];
  }

  value(depth = 0): Literal {
    if (depth > MAX_DEPTH) throw new LiteralError('too deep');
    const c = this.peek();
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || c === "'") return this.string();
    if (c === '-' || c === '.' || (c >= '0' && c <= '9')) return this.number();
    if (this.eatWord('void')) {
      this.number();
      return undefined;
    }
    const id = this.identifier();
    if (id === 'true') return true;
    if (id === 'false') return false;
    if (id === 'null') return null;
    if (id === 'undefined') return undefined;
    if (id === 'Infinity' || id === 'NaN') return null;
    // Nuxt passes `Array(4)` for arrays its prelude fills (`aT[0]={…}`): an empty array of that length.
    if (id === 'Array' && this.peek() === '(') {
      const start = this.pos;
      this.pos++;
      if (this.peek() === ')') {
        this.pos++;
        return [];
      }
      const c0 = this.peek();
      if (c0 >= '0' && c0 <= '9') {
        const n = this.number();
        if (this.peek() === ')' && Number.isInteger(n) && n >= 0 && n <= MAX_ARRAY_LENGTH) {
          this.pos++;
          return Array.from({ length: n }, () => undefined);
        }
      }
      this.pos = start;
    }
    // Other calls (`Date(…)`, …) are not literals: treat them as unknown.
    if (this.peek() === '(') {
      this.skipBalanced('(', ')');
      return undefined;
    }
    return { $ref: id };
  }

  private number(): number {
    this.skipSpace();
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.src);
    if (!m) throw new LiteralError(`number expected at ${this.pos}`);
    this.pos += m[0].length;
    const n = Number(m[0]);
    return Number.isFinite(n) ? n : 0;
  }

  string(): string {
    const quote = this.src[this.pos]!;
    let out = '';
    let i = this.pos + 1;
    const s = this.src;
    for (;;) {
      const end = s.indexOf(quote, i);
      const esc = s.indexOf('\\', i);
      if (end < 0) throw new LiteralError('unterminated string');
      if (esc >= 0 && esc < end) {
        out += s.slice(i, esc);
        const e = s[esc + 1] ?? '';
        if (e === 'u') {
          const braced = s[esc + 2] === '{';
          const hex = braced ? s.slice(esc + 3, s.indexOf('}', esc)) : s.slice(esc + 2, esc + 6);
          const code = parseInt(hex, 16);
          out += Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
          i = esc + (braced ? 4 + hex.length : 6);
        } else if (e === 'x') {
          out += String.fromCharCode(parseInt(s.slice(esc + 2, esc + 4), 16) || 0);
          i = esc + 4;
        } else {
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' || e === 'f' || e === 'v' || e === '0' ? '' : e;
          i = esc + 2;
        }
        continue;
      }
      out += s.slice(i, end);
      this.pos = end + 1;
      return out;
    }
  }

  private object(depth: number): { [key: string]: Literal } {
    this.expect('{');
    const out: { [key: string]: Literal } = Object.create(null);
    while (this.peek() !== '}') {
      const c = this.peek();
      let key: string;
      if (c === '"' || c === "'") key = this.string();
      else if (c >= '0' && c <= '9') key = String(this.number());
      else key = this.identifier();
      if (this.peek() === ',' || this.peek() === '}') {
        out[key] = { $ref: key }; // shorthand property `{a}`
      } else {
        this.expect(':');
        out[key] = this.value(depth + 1);
      }
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== '}') throw new LiteralError(`, or } expected at ${this.pos}`);
    }
    this.pos++;
    return out;
  }

  private array(depth: number): Literal[] {
    this.expect('[');
    const out: Literal[] = [];
    while (this.peek() !== ']') {
      if (this.peek() === ',') {
        this.pos++; // hole
        out.push(undefined);
        continue;
      }
      out.push(this.value(depth + 1));
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== ']') throw new LiteralError(`, or ] expected at ${this.pos}`);
    }
    this.pos++;
    return out;
  }

  /** Skip a balanced bracket group, honouring strings. */
  skipBalanced(open: string, close: string): void {
    this.expect(open);
    let depth = 1;
    const s = this.src;
    while (this.pos < s.length && depth > 0) {
      const c = s[this.pos]!;
      if (c === '"' || c === "'" || c === '`') {
        if (c === '`') {
          const end = s.indexOf('`', this.pos + 1);
          if (end < 0) throw new LiteralError('unterminated template');
          this.pos = end + 1;
        } else this.string();
        continue;
      }
      if (c === open) depth++;
      else if (c === close) depth--;
      this.pos++;
    }
    if (depth > 0) throw new LiteralError('unbalanced');
  }
}
