/**
 * The candidate's name as a résumé states it: conventionally the first line,
 * or a "Name:" field. Used only to compare with the document's own author
 * fields; never judged by itself (advisories.md §4 item 1: a name's origin is not a signal).
 */
const HEADINGS = /^(?:r[ée]sum[ée]|curriculum vitae|cv|lebenslauf|profile|summary|contact|personal details?|cover letter)$/i;
/** Two to four name-like words: letters with apostrophes, hyphens or initials, no digits or mail/URL marks. */
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
const FIELD = /^(?:full\s+)?name\s*[:：]\s*(.+)$/i;
const LINES_TO_LOOK = 8;

function asName(line: string): string | null {
  const s = line.replace(/\s+/g, ' ').trim();
  if (s.length < 3 || s.length > 60 || HEADINGS.test(s) || /[\d@/:|,;()]/.test(s)) return null;
  const words = s.split(' ');
  if (words.length < 2 || words.length > 4) return null;
  return words.every((w) => NAME_WORD.test(w)) ? s : null;
}

export function claimedName(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    const field = FIELD.exec(line);
    if (field) return asName(field[1]!);
  }
  for (const line of lines.slice(0, LINES_TO_LOOK)) {
    const name = asName(line);
    if (name) return name;
  }
  return null;
}
