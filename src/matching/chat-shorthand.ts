import type { FoldedText } from '../core/normalise';

/**
 * Chat shorthand written out, so that a cue written once in full words also hears
 * the short way people type in chats and job-board messages ("u have upwork acc?
 * pls dm"). The guidance describes exactly such short, plain messages: offers to
 * buy or rent platform accounts, stand-in interviews, cash-outs
 * (us24m-tc-account-rental-market, ca25-tc-paid-proxies). Only words that mean one
 * thing in a message are expanded: "r" (the R language) and "im" (instant
 * messaging) are left alone. Contractions without their apostrophe get it back, so
 * that negation ("i dont rent my account") is heard as such.
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  acc: 'account',
  accs: 'accounts',
  acct: 'account',
  accts: 'accounts',
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  msg: 'message',
  thru: 'through',
  wanna: 'want to',
  gonna: 'going to',
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  wont: "won't",
  cant: "can't",
  isnt: "isn't",
  arent: "aren't",
  havent: "haven't",
};

/**
 * A shorthand word standing alone: not part of a longer word, an abbreviation ("U.S.",
 * "u-boat"), a file name or a code identifier.
 */
const WORD = new RegExp(String.raw`(?<![\w.'@/-])(?:${Object.keys(SHORTHAND).join('|')})(?![\w'@/-]|\.\w)`, 'gi');

/** Keeps the first letter's case: "U" becomes "You", "Dont" "Don't". */
function inCase(word: string, full: string): string {
  return word[0] === word[0]!.toUpperCase() ? full[0]!.toUpperCase() + full.slice(1) : full;
}

/**
 * `folded` (from `foldForMatching` of `input`) with shorthand written out, its position map
 * extended so quotes still come from the writer's own characters. Unchanged (same object)
 * when the text has none: the usual case.
 */
export function expandShorthand(folded: FoldedText, inputLength: number): FoldedText {
  const { text } = folded;
  WORD.lastIndex = 0;
  const any = WORD.test(text);
  // matchAll below starts where the shared regex's lastIndex stands.
  WORD.lastIndex = 0;
  if (!any) return folded;
  const parts: string[] = [];
  const from: number[] = [];
  const origin = (i: number) => (folded.from ? folded.from[i]! : i);
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    for (let i = at; i < start; i++) from.push(origin(i));
    parts.push(text.slice(at, start));
    const full = inCase(m[0], SHORTHAND[m[0].toLowerCase()]!);
    parts.push(full);
    // Every letter of the written-out word points at the shorthand's first letter, its end at the shorthand's end.
    for (let k = 0; k < full.length; k++) from.push(origin(start));
    at = start + m[0].length;
  }
  for (let i = at; i < text.length; i++) from.push(origin(i));
  parts.push(text.slice(at));
  from.push(folded.from ? folded.from[text.length]! : inputLength);
  return { text: parts.join(''), from: Int32Array.from(from) };
}
