/**
 * Which of a fixed set of literals occur in a text, answered in one pass over
 * the text however many literals there are (an Aho–Corasick automaton).
 *
 * Why: the text rules' literal gates (literal-gate.ts) and the front-company
 * pre-check (src/advisories/match.ts) each ask "does any of these words occur?".
 * Asked one regex or one `includes` at a time, that question was most of an
 * evaluation (issue 9: about 1 µs per pattern on a 560-character profile, for
 * nearly forty patterns). The automaton reads each character once, with one
 * table look-up, and reports every literal that ends there — overlapping
 * literals ("pay", "pay me", "payment") and literals that are suffixes of
 * others included.
 *
 * The transition table is dense (states × character classes) so that a step
 * is an array index: only characters that occur in some literal get a class of
 * their own, everything else shares class 0, which no literal contains.
 * Work per text is linear in its length, so hostile 200 KB input stays bounded.
 */

export interface LiteralAutomatonOptions {
  /** Read A–Z as a–z (the literals must then be written in lower case to match them). */
  asciiCaseInsensitive?: boolean;
  /** Characters read as if absent (the text is matched as though they were removed from it). */
  ignore?: string;
}

export class LiteralAutomaton {
  /** The literals, in the order given; results are indexed the same way. */
  readonly literals: readonly string[];
  /** Class of each ASCII code unit; non-ASCII code units are looked up in `wideClass`. */
  private readonly asciiClass = new Int32Array(128);
  private readonly wideClass = new Map<number, number>();
  private readonly classes: number;
  /** Transitions, by row offset (state × classes) + class; see the constructor. */
  private readonly delta: Int32Array;
  /** Literals ending at state s (its own and those of its suffixes): outList[outStart[s] … outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  /** Literals that occur in every text (the empty string). */
  private readonly always: readonly number[];

  constructor(literals: readonly string[], options: LiteralAutomatonOptions = {}) {
    this.literals = [...literals];
    // Character classes: 0 = a character no literal contains.
    let classes = 1;
    const classOf = new Map<number, number>();
    for (const lit of literals) {
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (!classOf.has(c)) classOf.set(c, classes++);
      }
    }
    for (const [c, k] of classOf) {
      if (c < 128) this.asciiClass[c] = k;
      else this.wideClass.set(c, k);
    }
    if (options.asciiCaseInsensitive) {
      for (let c = 65; c <= 90; c++) this.asciiClass[c] = this.asciiClass[c + 32]!;
    }
    // Ignored characters get a class whose every transition stays in the same state.
    let skip = -1;
    if (options.ignore) {
      skip = classes++;
      for (let i = 0; i < options.ignore.length; i++) {
        const c = options.ignore.charCodeAt(i);
        if (c < 128) this.asciiClass[c] = skip;
        else this.wideClass.set(c, skip);
      }
    }
    this.classes = classes;

    // The trie of the literals: goto[s] maps a class to a child state.
    const goto: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    const always: number[] = [];
    literals.forEach((lit, id) => {
      if (lit.length === 0) {
        always.push(id);
        return;
      }
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const k = classOf.get(lit.charCodeAt(i))!;
        let next = goto[s]!.get(k);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          own.push([]);
          goto[s]!.set(k, next);
        }
        s = next;
      }
      own[s]!.push(id);
    });
    this.always = always;

    // Breadth-first: each state's failure link is the longest proper suffix that is also a trie
    // state, so its missing transitions and its outputs are those of that suffix, already complete.
    const states = goto.length;
    const next = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const out: number[][] = own.map((ids) => [...ids]);
    const queue: number[] = [];
    for (const [k, child] of goto[0]!) {
      next[k] = child;
      queue.push(child);
    }
    if (skip >= 0) next[skip] = 0;
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]!;
      const f = fail[s]!;
      out[s]!.push(...out[f]!);
      for (let k = 0; k < classes; k++) next[s * classes + k] = next[f * classes + k]!;
      if (skip >= 0) next[s * classes + skip] = s;
      for (const [k, child] of goto[s]!) {
        fail[child] = next[f * classes + k]!;
        next[s * classes + k] = child;
        queue.push(child);
      }
    }
    // The scan's table holds row offsets (state × classes) rather than states, saving a multiply
    // per character, and marks a state where some literal ends by storing its offset bit-inverted.
    for (let i = 0; i < next.length; i++) {
      const t = next[i]!;
      next[i] = out[t]!.length > 0 ? ~(t * classes) : t * classes;
    }
    this.delta = next;
    this.outStart = new Int32Array(states + 1);
    for (let s = 0; s < states; s++) this.outStart[s + 1] = this.outStart[s]! + out[s]!.length;
    this.outList = new Int32Array(out.flat());
  }

  /** For each literal, by index: 1 when it occurs in `text`, else 0. */
  find(text: string): Uint8Array {
    const found = new Uint8Array(this.literals.length);
    for (const id of this.always) found[id] = 1;
    const { delta, classes, outStart, outList, asciiClass, wideClass } = this;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const t = delta[row + (c < 128 ? asciiClass[c]! : (wideClass.get(c) ?? 0))]!;
      if (t >= 0) {
        row = t;
        continue;
      }
      row = ~t;
      const s = row / classes;
      for (let o = outStart[s]!, end = outStart[s + 1]!; o < end; o++) found[outList[o]!] = 1;
    }
    return found;
  }

  /** Does any literal occur in `text`? Stops at the first one. */
  some(text: string): boolean {
    if (this.always.length > 0) return true;
    const { delta, asciiClass, wideClass } = this;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      row = delta[row + (c < 128 ? asciiClass[c]! : (wideClass.get(c) ?? 0))]!;
      if (row < 0) return true;
    }
    return false;
  }

  /** Number of states (for tests and memory estimates). */
  get size(): number {
    return this.delta.length / this.classes;
  }
}
