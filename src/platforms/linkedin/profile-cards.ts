import { cleanText } from '../../profile/normalise';

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
 * experience card's first-scan cost (issue 9).
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

const MONTH_YEAR = String.raw`(?:[A-Za-z]{3,9}\.?\s+)?\d{4}`;
/** "Jul 2021 - Present · 3 yrs 1 mo", "2012 - 2016", "Mar 2018 – Jun 2020". */
export const DATE_LINE = new RegExp(`^${MONTH_YEAR}\\s*(?:[-–—]|to)\\s*(?:present|now|${MONTH_YEAR})(?:\\s*·.*)?$`, 'i');
/** A single "Jul 2021" / "2019" line (one-month roles, graduation year only). */
export const SINGLE_DATE_LINE = new RegExp(`^${MONTH_YEAR}(?:\\s*·.*)?$`, 'i');

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line) || SINGLE_DATE_LINE.test(line);
}
