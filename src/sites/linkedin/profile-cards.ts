import { cleanText } from '../../core/normalise';

/**
 * Logged-in profile cards (shared/platform-pages.md, "Logged-in view" 2): each
 * section is marked by an anchor `div#about|#experience|…` (class names are
 * hashed and rotate; ids and aria hooks do not). Every visible text appears
 * twice — `span[aria-hidden="true"]` for sighted users and `.visually-hidden`
 * for screen readers — so we read only the former.
 */
export type CardId = 'about' | 'experience' | 'education' | 'skills' | 'languages';

const MAX_ENTRIES = 100;
const MAX_LINES_PER_ENTRY = 60;
/** Spans read per card: a real card has a few hundred; a hostile page may have millions. */
const MAX_SPANS_PER_CARD = 10_000;

/** The card element for an anchor id: the `section` holding the anchor, else the next `section` sibling. */
export function profileCard(doc: Document, id: CardId): Element | null {
  const anchor = doc.getElementById(id);
  if (!anchor || anchor.tagName !== 'DIV') return null;
  const holder = anchor.closest('section');
  if (holder) return holder;
  let sib = anchor.nextElementSibling;
  for (let i = 0; sib && i < 3; i++, sib = sib.nextElementSibling) if (sib.tagName === 'SECTION') return sib;
  return null;
}

/** The visible lines of one list item of a card (its own, not its nested items'), in page order. */
export type ItemLines = (item: Element) => string[];

/**
 * Reads every visible line of a card in one pass and files each under the list
 * item that owns it (the nearest `li`). Entries, sub-roles and description
 * blocks then look their lines up instead of each querying and walking the same
 * spans again: on the largest fixture that repetition was most of the
 * experience card's first-scan cost.
 */
export function cardLines(card: Element): ItemLines {
  const byItem = new Map<Element, string[]>();
  const spans = card.querySelectorAll('span[aria-hidden="true"]');
  for (let i = 0; i < Math.min(spans.length, MAX_SPANS_PER_CARD); i++) {
    const span = spans[i]!;
    if (span.closest('.visually-hidden, h2')) continue;
    // Outermost hidden span only, so nested markup is not read twice.
    if (span.parentElement?.closest('span[aria-hidden="true"]')) continue;
    const owner = span.closest('li');
    if (!owner) continue;
    let lines = byItem.get(owner);
    if (!lines) byItem.set(owner, (lines = []));
    if (lines.length >= MAX_LINES_PER_ENTRY) continue;
    const t = cleanText(span.textContent);
    if (t) lines.push(t);
  }
  return (item) => byItem.get(item) ?? [];
}

/** Top-level entries of a card: the direct `li` children of its first list. */
export function cardEntries(card: Element): Element[] {
  const list = card.querySelector('ul');
  if (!list) return [];
  return Array.from(list.children)
    .filter((c) => c.tagName === 'LI')
    .slice(0, MAX_ENTRIES);
}

/** Direct `li` children of the first nested list inside an entry (sub-roles, description blocks). */
export function nestedEntries(entry: Element): Element[] {
  const list = entry.querySelector('ul');
  if (!list) return [];
  return Array.from(list.children)
    .filter((c) => c.tagName === 'LI')
    .slice(0, MAX_ENTRIES);
}

// Lower-case patterns run on the lower-cased line, without the `i` flag: case-insensitive
// patterns holding non-ASCII characters (the dashes, the middle dot) cost V8 ~0.3–0.7 ms
// to compile on a page's first scan, plain ones ~0.05 ms (measured in Chromium).
const MONTH_YEAR = String.raw`(?:[a-z]{3,9}\.?\s+)?\d{4}`;
/** "jul 2021 - present · 3 yrs 1 mo", "2012 - 2016", "mar 2018 – jun 2020" (lower-cased). */
export const DATE_LINE = new RegExp(`^${MONTH_YEAR}\\s*(?:[-–—]|to)\\s*(?:present|now|${MONTH_YEAR})(?:\\s*·.*)?$`);
/** A single "jul 2021" / "2019" line (one-month roles, graduation year only), lower-cased. */
export const SINGLE_DATE_LINE = new RegExp(`^${MONTH_YEAR}(?:\\s*·.*)?$`);

export function isDateLine(line: string): boolean {
  const lower = line.toLowerCase();
  return DATE_LINE.test(lower) || SINGLE_DATE_LINE.test(lower);
}
