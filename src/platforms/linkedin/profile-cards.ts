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

/** Visible text lines of `root` that belong to `owner` (not to a nested list item), in page order. */
export function visibleLines(root: Element, owner: Element | null = null, maxLength = 20_000): string[] {
  const out: string[] = [];
  const spans = root.querySelectorAll('span[aria-hidden="true"]');
  for (let i = 0; i < spans.length && out.length < MAX_LINES_PER_ENTRY; i++) {
    const span = spans[i]!;
    if (span.closest('.visually-hidden, h2')) continue;
    // Outermost hidden span only, so nested markup is not read twice.
    if (span.parentElement?.closest('span[aria-hidden="true"]')) continue;
    if (owner && span.closest('li') !== owner) continue;
    const t = cleanText(span.textContent, maxLength);
    if (t) out.push(t);
  }
  return out;
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
