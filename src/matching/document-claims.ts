/**
 * Comparisons of a résumé file's own properties with what its text claims,
 * for the document rules: is the author another person than the candidate,
 * was the file made with an image editor, and when the text says it is dated.
 * Nothing here weighs what a name sounds like or where it comes from
 * (shared/advisories.md §4 item 1): two names are compared letter for letter.
 */
import { toIsoDate } from '../core/normalise';
import { boundedEditDistance } from './edit-distance';
import { nameTokens } from './name-spelling';

/**
 * Author fields that name no person: operating-system and office defaults,
 * device makers, generators, and words that mark an organisation or a template.
 * A file whose author field says one of these tells nothing about who wrote it.
 */
const NOT_A_PERSON =
  /\b(?:user|admin(?:istrator)?|owner|author|unknown|guest|default|test|windows|microsoft|office|apple|google|pc|hp|dell|lenovo|acer|asus|toshiba|samsung|home|family|template|resume|r[ée]sum[ée]|cv|curriculum|canva|zety|novor[ée]sum[ée]|kickresume|enhancv|indeed|linkedin|jobscan|livecareer|myperfectresume|rezi|overleaf|python|docx|inc|llc|ltd|gmbh|corp|company|co|group|agency|staffing|recruit\w*|talent|consult\w*|solutions|services|hr|team|department)\b/i;

/** 2–4 words made of letters (with ' - .), like a person's full name; never a user name, e-mail or number. */
const PERSON_NAME = /^[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){1,3}$/u;

/** Whether a document property reads as a person's full name (not a login, a device or an organisation). */
export function isPersonName(value: string | null): value is string {
  if (!value) return false;
  const s = value.trim();
  return s.length <= 60 && PERSON_NAME.test(s) && !NOT_A_PERSON.test(s) && nameTokens(s).length >= 2;
}

/**
 * Whether two names can be the same person: they share a name part, spelled
 * alike up to one letter in parts of four letters or more (two letters would
 * make "Jordan" and "Morgan" one name), or one gives the other's initial
 * and family name ("M. Ellery", "Ellery M."). Order of parts does not matter.
 */
export function sameNameish(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  for (const x of ta) {
    for (const y of tb) {
      if (x === y) return true;
      if (Math.min(x.length, y.length) >= 4 && boundedEditDistance(x, y, 1) <= 1) return true;
    }
  }
  return false;
}

/**
 * Raster image editors: the 2022 U.S. advisory names Photoshop as the software used
 * to make and alter forged documents (us22-tc-forged-documents). Layout and résumé
 * tools (InDesign, Illustrator, Canva, résumé builders, word processors) are ordinary.
 */
const IMAGE_EDITOR = /\b(?:photoshop|gimp|paint\.net|pixelmator|affinity photo|paintshop pro|corel photo-?paint|krita|photopea)\b/i;

/** The image editor a document property names, or null. */
export function imageEditorIn(value: string | null): string | null {
  if (!value) return null;
  const m = IMAGE_EDITOR.exec(value);
  return m ? value : null;
}

const CLAIM_RE =
  /\b(?:last\s+updated|updated(?:\s+on)?|revised(?:\s+on)?|dated)\s*[:\-–—]?\s*((?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}(?:-\d{2})?)\b/gi;
const MAX_CLAIMS = 10;

/** "12 March 2024" → "March 12, 2024" so the shared date reader takes it. */
function dayFirst(s: string): string {
  const m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(s.trim());
  return m ? `${m[2]} ${m[1]}, ${m[3]}` : s;
}

/**
 * Dates the text says the document is from ("Updated: March 2024",
 * "Last updated 12 March 2024", "Revised 2024-03"), each with the last moment
 * it can mean (end of the month for a month), as written and as an ISO instant.
 * Not "as of" or "date:": résumés use those for job starts ("Start date: March 2019").
 */
export function claimedDates(text: string): { written: string; latest: string }[] {
  const out: { written: string; latest: string }[] = [];
  let n = 0;
  for (const m of text.slice(0, 100_000).matchAll(CLAIM_RE)) {
    if (++n > MAX_CLAIMS) break;
    const iso = toIsoDate(dayFirst(m[1]!));
    if (!iso || iso.length < 7) continue;
    const [y, mo, d] = iso.split('-').map(Number) as [number, number, number | undefined];
    // The last instant the claim can mean: the end of its day, or of its month.
    const latest = d ? Date.UTC(y, mo - 1, d, 23, 59, 59) : Date.UTC(y, mo, 0, 23, 59, 59);
    if (Number.isNaN(latest)) continue;
    out.push({ written: m[0].trim(), latest: new Date(latest).toISOString() });
  }
  return out;
}
