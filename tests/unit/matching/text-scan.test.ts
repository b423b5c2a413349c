import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPrintableAscii, searchableText } from '../../../src/matching/text-scan';

/** searchableText as it was before the "nothing to clean" shortcut: all four replacements, always. */
function cleanedAlways(raw: string): string {
  return raw
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g, '')
    .replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

describe('searchableText', () => {
  it.each([
    ['plain text stays as it is', 'Happy to talk on a video call.\nAny time.', 'Happy to talk on a video call.\nAny time.'],
    ['two spaces collapse', 'pay  me', 'pay me'],
    ['a lone tab becomes a space', 'pay\tme', 'pay me'],
    ['a tag goes', 'pay <b>me</b>', 'pay me '],
    ['an invisible mark goes', 'p\u200Bay me', 'pay me'],
    ['curly apostrophes straighten', 'I can\u2019t', "I can't"],
    ['a space left next to another by a removed mark collapses', 'pay \u200B me', 'pay me'],
  ])('%s', (_name, raw, clean) => {
    expect(searchableText(raw)).toBe(clean);
  });

  it('gives what the four replacements give, on any text (property)', () => {
    const special = fc.constantFrom(' ', '  ', '\t', '\n', '<b>', '</i>', '<', '>', '\u200B', '\u202E', '\u00AD', '\u2019', '\u00A0', '\u3000', 'a', 'B', '.', "'");
    fc.assert(
      fc.property(fc.array(fc.oneof(special, fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const raw = parts.join('');
        expect(searchableText(raw)).toBe(cleanedAlways(raw));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isPrintableAscii', () => {
  it('is the printable-ASCII test, tabs and line breaks allowed (property)', () => {
    const char = fc.constantFrom('a', 'Z', ' ', '~', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u00e9', '\u200b', '<');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(isPrintableAscii(text)).toBe(/^[\t\n\r -~]*$/.test(text));
        // Whichever order the cached facts are asked in, searchableText stays the same.
        expect(searchableText(text)).toBe(cleanedAlways(text));
      }),
      { numRuns: 2000 },
    );
  });
});
