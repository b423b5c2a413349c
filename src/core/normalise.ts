import { countryByName, placeOfCode, type CityCountry } from './countries';

/**
 * Normalisation shared by every extractor: whitespace, entities, escapes,
 * dates and locations. Pure string functions, safe on hostile input.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  middot: '·', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', copy: '©', reg: '®', trade: '™',
};

/** Decode HTML entities (`&amp;`, `&#39;`, `&#x27;`) and JSON-style `\u003C` escapes left in strings. */
export function decodeEntities(s: string): string {
  // Most text has neither an entity nor an escape: skip both patterns (every line of a page is cleaned).
  if (!s.includes('&') && !s.includes('\\u')) return s;
  return s
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (m, body: string) => {
      if (body[0] === '#') {
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return NAMED_ENTITIES[body.toLowerCase()] ?? m;
    });
}

/** Bidi controls and zero-width characters: they carry no meaning for us and can split a phrase to hide it. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;

/** Collapse whitespace, strip invisible/bidi marks; `null` for empty results (unknown, not ""). */
export function cleanText(s: string | null | undefined, maxLength = 20_000): string | null {
  if (s == null) return null;
  const out = decodeEntities(String(s)).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (!out) return null;
  return out.length > maxLength ? out.slice(0, maxLength) : out;
}

/** Multi-line text (about sections): keep paragraph breaks, collapse the rest. */
export function cleanMultiline(s: string | null | undefined, maxLength = 20_000): string | null {
  if (s == null) return null;
  const out = decodeEntities(String(s))
    .replace(INVISIBLE, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .split(/\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!out) return null;
  return out.length > maxLength ? out.slice(0, maxLength) : out;
}

/**
 * Screen-reader duplicates: "Acme Corp Acme Corp" → "Acme Corp" (the visible
 * and visually-hidden copies concatenated).
 */
export function dedupeRepeatedText(s: string): string {
  const t = s.trim();
  const half = t.length / 2;
  if (Number.isInteger(half - 0.5)) {
    const a = t.slice(0, Math.floor(half)).trim();
    const b = t.slice(Math.ceil(half)).trim();
    if (a && a === b) return a;
  }
  return t;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as sites show it → ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * "Present", "Now", "current" → `null` (ongoing). Unparseable → `null`.
 */
export function toIsoDate(raw: string | number | null | undefined): string | null {
  if (raw == null) return null;
  if (typeof raw === 'number') {
    if (raw > 1e11) return new Date(raw).toISOString().slice(0, 10); // epoch ms
    if (raw >= 1900 && raw <= 2100) return String(raw);
    return null;
  }
  const s = raw.trim().toLowerCase();
  if (!s || /^(present|now|current|today|heute|aujourd)/.test(s)) return null;
  let m = s.match(/^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/);
  if (m) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return m[1]!;
    if (m[3]) {
      const d = Number(m[3]);
      return d >= 1 && d <= 31 ? `${m[1]}-${pad(mo)}-${pad(d)}` : `${m[1]}-${pad(mo)}`;
    }
    return `${m[1]}-${pad(mo)}`;
  }
  m = s.match(/^(\d{1,2})\/(\d{4})$/); // 07/2021
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${pad(Number(m[1]))}`;
  m = s.match(/^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/); // July 4, 2021
  if (m && MONTHS[m[1]!]) return `${m[3]}-${pad(MONTHS[m[1]!]!)}-${pad(Number(m[2]))}`;
  m = s.match(/^([a-z]{3,9})\.?\s+(\d{4})$/); // Jul 2021
  if (m && MONTHS[m[1]!]) return `${m[2]}-${pad(MONTHS[m[1]!]!)}`;
  m = s.match(/^(\d{4})$/);
  if (m) return m[1]!;
  return null;
}

export interface DateRange {
  start: string | null;
  end: string | null;
  current: boolean;
}

/** "Jul 2021 - Present · 3 yrs 1 mo", "2019 – 2021", "Mar 2018 to Jun 2020" → ISO range. */
export function parseDateRange(raw: string | null | undefined): DateRange {
  if (!raw) return { start: null, end: null, current: false };
  const main = raw.split('·')[0]!.trim();
  const [a, b] = main.split(/\s+(?:-|–|—|to)\s+|\s*[–—]\s*/);
  const start = toIsoDate(a ?? null);
  const current = b != null && /present|now|current|today/i.test(b);
  const end = b != null && !current ? toIsoDate(b) : null;
  return { start, end, current };
}


export interface ParsedLocation {
  text: string;
  city: string | null;
  region: string | null;
  country: string | null;
}

/**
 * "Berlin, Germany", "Austin, Texas, United States", "Greater Seattle Area" → parts where the text allows.
 * A code that is both a country and a U.S. state ("Mumbai, IN") is decided by `cityCountry` when given,
 * else left as the region with the country unknown (see `placeOfCode`).
 */
export function parseLocation(raw: string | null | undefined, cityCountry?: CityCountry): ParsedLocation | null {
  const text = cleanText(raw, 300);
  if (!text) return null;
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const country = countryByName(last.toLowerCase()) ?? null;
  if (country) {
    const rest = parts.slice(0, -1);
    return { text, city: rest[0] ?? null, region: rest.length > 1 ? rest.slice(1).join(', ') : null, country };
  }
  if (parts.length === 1) {
    const only = parts[0]!;
    const c = countryByName(only.toLowerCase());
    if (c) return { text, city: null, region: null, country: c };
    return { text, city: only.replace(/^greater\s+|\s+(metropolitan|metro)?\s*area$/gi, '').trim() || null, region: null, country: null };
  }
  // "Austin, TX", "Mumbai, IN", "Berlin, DE": a state or a country code, decided by the city (core/countries.ts).
  const coded = placeOfCode(parts.slice(0, -1).join(', '), last, cityCountry);
  if (coded) return { text, city: parts.slice(0, -1).join(', ') || null, region: coded.region, country: coded.country };
  return { text, city: parts[0] ?? null, region: parts.slice(1).join(', ') || null, country: null };
}

/** "1,234" / "500+" / "1.2K" → number; null when absent. */
export function parseCount(raw: string | number | null | undefined): number | null {
  if (raw == null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : null;
  const m = raw.replace(/\s/g, '').match(/(\d[\d,.]*)\s*([kKmM])?/);
  if (!m) return null;
  let n = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  if (m[2]) n *= m[2].toLowerCase() === 'k' ? 1000 : 1_000_000;
  return Math.floor(n);
}

/**
 * Letters from other scripts that look like a basic Latin letter, after the
 * confusable skeletons of Unicode TS 39 (confusables.txt, "MA" table): the
 * Cyrillic and Greek look-alikes a writer can swap in to hide a phrase from a
 * word search ("rеnt" with a Cyrillic "е"). Only letters with a one-letter
 * Latin skeleton are listed; digits are left alone (a "0" is a number).
 */
const CONFUSABLE_LATIN: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', Һ: 'H', І: 'I', Ї: 'I', Ј: 'J', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y',
  Х: 'X', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
  // Latin letters outside ASCII that fold to one
  ı: 'i', ȷ: 'j', ℓ: 'l', ꞵ: 'b',
};

/**
 * Invisible and direction-control characters: zero-width marks, bidi embeddings,
 * overrides and isolates (the right-to-left override that shows "tnuocca" as
 * "account"), joiners, variation selectors, BOM and soft hyphen.
 */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f], [0x200b, 0x200f],
  [0x202a, 0x202e], [0x2060, 0x206f], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
];
const isInvisible = (code: number): boolean => INVISIBLE_RANGES.some(([lo, hi]) => code >= lo && code <= hi);
const MARKS = /\p{M}/gu;
const NOT_ASCII = /[^\t\n\r -~]/;

const foldedChars = new Map<string, string>();

/** One character's matching form: NFKC, confusable skeleton, accents dropped; '' for an invisible one. */
function foldChar(ch: string): string {
  let out = foldedChars.get(ch);
  if (out !== undefined) return out;
  if (isInvisible(ch.codePointAt(0)!)) out = '';
  else {
    const compat = ch.normalize('NFKC');
    let skeleton = '';
    for (const c of compat) skeleton += CONFUSABLE_LATIN[c] ?? c;
    out = skeleton.normalize('NFD').replace(MARKS, '');
    // A lone combining mark is an accent: dropped. Anything that folded to nothing else stays itself.
    if (out === '' && !/^\p{M}$/u.test(ch)) out = ch;
  }
  if (foldedChars.size < 4096) foldedChars.set(ch, out);
  return out;
}

export interface FoldedText {
  /** The text as cues read it. */
  text: string;
  /**
   * For each index of `text` (and one past its end), the index in the input it
   * came from; `null` when the text is unchanged (plain ASCII: the usual case).
   */
  from: Int32Array | null;
}

/**
 * The form text is matched in: Unicode NFKC (full-width and mathematical letters
 * become plain ones), the TS 39 confusable skeleton of look-alike letters,
 * invisible and bidi controls removed, accents dropped. Case is left to the
 * case-insensitive patterns, so that quotes can still show the writer's own
 * capitals. `from` maps every position back, so quotes come from the input.
 */
export function foldForMatching(input: string): FoldedText {
  if (!NOT_ASCII.test(input)) return { text: input, from: null };
  const parts: string[] = [];
  const from: number[] = [];
  let i = 0;
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    const out = code < 0x80 ? ch : foldChar(ch);
    parts.push(out);
    for (let k = 0; k < out.length; k++) from.push(i);
    i += ch.length;
  }
  from.push(input.length);
  return { text: parts.join(''), from: Int32Array.from(from) };
}
