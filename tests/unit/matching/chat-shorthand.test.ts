import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../../src/core/normalise';
import { expandShorthand } from '../../../src/matching/chat-shorthand';
import { matchableText, quoteMatched } from '../../../src/matching/text-scan';

const expand = (s: string) => expandShorthand(foldForMatching(s), s.length).text;

describe('chat shorthand', () => {
  it('writes out the short words of chat messages', () => {
    expect(expand('u have upwork acc? pls dm, ur price')).toBe('you have upwork account? please dm, your price');
    expect(expand('i dont rent accs')).toBe("i don't rent accounts");
    expect(expand('U wanna earn?')).toBe('You want to earn?');
  });

  it('leaves abbreviations, code, addresses and longer words alone', () => {
    for (const s of ['U.S. citizens only', 'u-boat', 'Python, R, SQL', 'user@acc.example', 'path/u/file', 'accept the account', 'Accenture', 'my_acc_var', "won't"]) {
      expect(expand(s)).toBe(s);
    }
  });

  it('keeps an unchanged text the same object (no work on the usual text)', () => {
    const folded = foldForMatching('An ordinary profile about React and Node.');
    expect(expandShorthand(folded, 41)).toBe(folded);
  });

  it('quotes evidence from the writer’s own words, across look-alike letters and shorthand', () => {
    const raw = 'hi bro, u have upw\u043Erk acc? i want rent it';
    const text = matchableText(raw);
    expect(text).toBe('hi bro, you have upwork account? i want rent it');
    const start = text.indexOf('you have');
    const end = text.indexOf('account') + 'account'.length;
    expect(quoteMatched(text, start, end)).toContain('u have upw\u043Erk acc');
  });
});
