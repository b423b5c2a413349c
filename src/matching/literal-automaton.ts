/**
 * Which of a fixed set of literals occur in a text, answered in one pass over
 * the text however many literals there are (an Aho–Corasick automaton).
 *
 * Why: the text rules' literal gates (literal-gate.ts) and the front-company
 * pre-check (src/matching/entity-match.ts) each ask "does any of these words occur?".
 * Asked one regex or one `includes` at a time, that question was most of an
 * evaluation (about 1 µs per pattern on a 560-character profile, for
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
  /** Literals ending exactly at a state: a list through `ownNext`, from `ownFirst[state]` (-1 ends it). */
  private readonly ownFirst: Int32Array;
  private readonly ownNext: Int32Array;
  /** The longest proper suffix state that has literals of its own (-1: none): the rest of a state's outputs. */
  private readonly outLink: Int32Array;
  /** Literals that occur in every text (the empty string). */
  private readonly always: readonly number[];
  /** `find`'s answer, reused from call to call. */
  private readonly found: Uint8Array;

  constructor(literals: readonly string[], options: LiteralAutomatonOptions = {}) {
    this.literals = [...literals];
    this.found = new Uint8Array(literals.length);
    const { asciiClass, wideClass } = this;
    // Character classes: 0 = a character no literal contains.
    let classes = 1;
    let chars = 0;
    for (const lit of literals) {
      chars += lit.length;
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (c < 128 && asciiClass[c] === 0) asciiClass[c] = classes++;
        else if (c >= 128 && !wideClass.has(c)) wideClass.set(c, classes++);
      }
    }
    const classOf = (c: number) => (c < 128 ? asciiClass[c]! : wideClass.get(c)!);
    if (options.asciiCaseInsensitive) {
      for (let c = 65; c <= 90; c++) asciiClass[c] = asciiClass[c + 32]!;
    }
    // Ignored characters get a class whose every transition stays in the same state.
    let skip = -1;
    if (options.ignore) {
      skip = classes++;
      for (let i = 0; i < options.ignore.length; i++) {
        const c = options.ignore.charCodeAt(i);
        if (c < 128) asciiClass[c] = skip;
        else wideClass.set(c, skip);
      }
    }
    this.classes = classes;

    // The trie, in the transition table itself (0 = no child yet: the root is nobody's child).
    // Each state but the root has one parent; `firstChild`/`nextSibling` list a state's children.
    const maxStates = chars + 1;
    const table = new Int32Array(maxStates * classes);
    const childClass = new Int32Array(maxStates);
    const firstChild = new Int32Array(maxStates).fill(-1);
    const nextSibling = new Int32Array(maxStates).fill(-1);
    const ownFirst = new Int32Array(maxStates).fill(-1);
    const ownNext = new Int32Array(literals.length).fill(-1);
    const always: number[] = [];
    let states = 1;
    literals.forEach((lit, id) => {
      if (lit.length === 0) {
        always.push(id);
        return;
      }
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const k = classOf(lit.charCodeAt(i));
        let child = table[s * classes + k]!;
        if (child === 0) {
          child = states++;
          table[s * classes + k] = child;
          childClass[child] = k;
          nextSibling[child] = firstChild[s]!;
          firstChild[s] = child;
        }
        s = child;
      }
      ownNext[id] = ownFirst[s]!;
      ownFirst[s] = id;
    });
    this.always = always;

    // Breadth-first: each state's failure link is the longest proper suffix that is also a trie
    // state, so its missing transitions and its outputs are those of that suffix, already complete.
    // The table then holds row offsets (state × classes) rather than states, saving a multiply per
    // character, and marks a state where some literal ends by storing its offset bit-inverted.
    const fail = new Int32Array(states);
    const outLink = new Int32Array(states).fill(-1);
    const hasOut = new Uint8Array(states);
    const code = (t: number) => (hasOut[t] ? ~(t * classes) : t * classes);
    const queue = new Int32Array(states);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const s = queue[head]!;
      const f = fail[s]!;
      const row = s * classes;
      // The trie entries of this row are listed by firstChild; the rest are the suffix's.
      if (s !== 0) table.copyWithin(row, f * classes, f * classes + classes);
      else table.fill(0, 0, classes);
      if (skip >= 0) table[row + skip] = code(s);
      for (let child = firstChild[s]!; child >= 0; child = nextSibling[child]!) {
        const k = childClass[child]!;
        const t = s === 0 ? 0 : table[f * classes + k]!;
        const link = (t < 0 ? ~t : t) / classes;
        fail[child] = link;
        outLink[child] = ownFirst[link]! >= 0 ? link : outLink[link]!;
        hasOut[child] = ownFirst[child]! >= 0 || hasOut[link]! ? 1 : 0;
        table[row + k] = code(child);
        queue[tail++] = child;
      }
    }
    this.delta = table.slice(0, states * classes);
    this.ownFirst = ownFirst.slice(0, states);
    this.ownNext = ownNext;
    this.outLink = outLink;
  }

  /**
   * For each literal, by index: 1 when it occurs in `text`, else 0. The array
   * belongs to the automaton and is overwritten by the next call (allocating a
   * typed array per text cost as much as reading the text).
   */
  find(text: string): Uint8Array {
    const { delta, classes, ownFirst, ownNext, outLink, asciiClass, wideClass, found } = this;
    found.fill(0);
    for (const id of this.always) found[id] = 1;
    // Literals usually are ASCII: then every other character is class 0, with no look-up.
    const wide = wideClass.size > 0;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const t = delta[row + (c < 128 ? asciiClass[c]! : wide ? (wideClass.get(c) ?? 0) : 0)]!;
      if (t >= 0) {
        row = t;
        continue;
      }
      row = ~t;
      for (let s = row / classes; s >= 0; s = outLink[s]!) {
        for (let id = ownFirst[s]!; id >= 0; id = ownNext[id]!) found[id] = 1;
      }
    }
    return found;
  }

  /** Does any literal occur in `text`? Stops at the first one. */
  some(text: string): boolean {
    if (this.always.length > 0) return true;
    const { delta, asciiClass, wideClass } = this;
    const wide = wideClass.size > 0;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      row = delta[row + (c < 128 ? asciiClass[c]! : wide ? (wideClass.get(c) ?? 0) : 0)]!;
      if (row < 0) return true;
    }
    return false;
  }

  /** Number of states (for tests and memory estimates). */
  get size(): number {
    return this.delta.length / this.classes;
  }
}
