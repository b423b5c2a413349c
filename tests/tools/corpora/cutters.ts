/**
 * How one file of a folder source becomes a text. Each cutter keeps only what a
 * person wrote: for an e-mail, the body without headers, quoted replies or
 * forwarded copies (those are someone else's text, often already counted).
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Where someone else's text starts: an Outlook or Notes "original message" or
 * "forwarded by" rule, a quoted header block (a line opening with From:), a
 * `>` quote, or an "On … wrote:" line. Everything from there on is dropped.
 */
const QUOTE_START = [
  // "-----Original Message-----", and "- - - - - forwarded by" in corpora that spaced out punctuation.
  /^\s*(?:-\s*){2,}(original|forwarded)\b/i,
  /^\s*(?:-\s*){3,}.*\bforwarded by\b/i,
  /^\s*from\s?:\s/i,
  /^\s*>/,
  /\bwrote:\s*$/i,
  /^\s*_{10,}\s*$/,
];

/** The person's own part of an e-mail body (plain text): up to the first quote or forward. */
export function ownPart(body: string): string {
  const lines = body.split('\n');
  const cut = lines.findIndex((line) => QUOTE_START.some((re) => re.test(line)));
  const kept = cut < 0 ? lines : lines.slice(0, cut);
  return kept
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * An e-mail exported as an HTML page (the public Enron archive's format): the
 * body is the `msg_body` block, lines broken by `<br>`; the header table above
 * it and any attachment list after it are left out.
 */
export function htmlMailBody(html: string): string {
  const start = html.search(/<div\s+id=["']?msg_body["']?\s*>/i);
  if (start < 0) return '';
  const open = html.indexOf('>', start) + 1;
  const close = html.lastIndexOf('</div>');
  const inner = html.slice(open, close > open ? close : html.length);
  const text = decodeEntities(
    inner
      .replace(/<br\s*\/?>\r?\n?/gi, '\n')
      .replace(/<\/(p|div|tr|li)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  ).replace(/\r\n?/g, '\n');
  return ownPart(text);
}

/** An e-mail already in plain text (subject line and body): the writer's own part. */
export const plainMailBody = (text: string): string => ownPart(text.replace(/\r\n?/g, '\n'));

export const CUTTERS = { 'html-mail-body': htmlMailBody, 'plain-mail-body': plainMailBody } as const;
export type CutterName = keyof typeof CUTTERS;
