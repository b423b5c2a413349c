import { cleanMultiline, parseCount } from '../../core/normalise';
import { meta, microdata, multilineText, text, textOf, title } from '../dom-read';
import type { UpworkFields } from './profile-record';
import { upworkLocation } from './profile-record';

/**
 * The hydrated page, for when no embedded state can be read: microdata
 * (2016–2026), `data-test` hooks, meta tags and the `<title>`. Class names
 * are not relied on, except `.air3-token` *under the "Skills" heading*, which
 * is the only handle skills have (shared/platform-pages.md, Upwork).
 */

const MAX_SKILLS = 100;
const TITLE_SUFFIX = /\s+-\s+Upwork Freelancer from\s+(.+)$/i;

/** "Name - Tagline - Upwork Freelancer from City, Country" → parts (the tagline may itself contain " - "). */
export function parseUpworkTitle(raw: string | null): { name: string | null; headline: string | null; place: string | null } {
  const none = { name: null, headline: null, place: null };
  if (!raw) return none;
  const m = TITLE_SUFFIX.exec(raw);
  if (!m) return none;
  const head = raw.slice(0, m.index);
  const cut = head.indexOf(' - ');
  const name = (cut >= 0 ? head.slice(0, cut) : head).trim() || null;
  const headline = cut >= 0 ? head.slice(cut + 3).trim() || null : null;
  return { name, headline, place: m[1]!.trim() || null };
}

/** "$15.00/hr", "€40,50" → amount and currency. */
export function parseRate(raw: string | null, currencyHint: string | null = null): { amount: number; currency: string } | null {
  if (!raw) return null;
  const m = raw.replace(/\s/g, '').match(/([$€£₹]|[A-Z]{3})?(\d[\d,]*(?:\.\d{1,2})?)/);
  if (!m) return null;
  const amount = Number(m[2]!.replace(/,/g, ''));
  if (!Number.isFinite(amount)) return null;
  const sym: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR' };
  const currency = currencyHint ?? (m[1] ? (sym[m[1]] ?? m[1]) : 'USD');
  return { amount, currency };
}

function skillsUnderHeading(document: Document): string[] {
  const out: string[] = [];
  const headings = document.querySelectorAll('h2, h3, h4, h5');
  for (let i = 0; i < headings.length && i < 500; i++) {
    const h = headings[i]!;
    if (text(h, 50)?.toLowerCase() !== 'skills') continue;
    // Walk up a few levels to the section that holds both the heading and its tokens.
    let box: Element | null = h.parentElement;
    for (let up = 0; box && up < 4 && !box.querySelector('.air3-token'); up++) box = box.parentElement;
    const tokens = box?.querySelectorAll('.air3-token') ?? [];
    for (let j = 0; j < tokens.length && out.length < MAX_SKILLS; j++) {
      const s = text(tokens[j], 100);
      if (s && !out.includes(s)) out.push(s);
    }
    if (out.length) break;
  }
  return out;
}

export function fromPageDom(document: Document): UpworkFields {
  const t = parseUpworkTitle(title(document));
  const ogTitle = parseUpworkTitle(meta(document, 'og:title'));
  // Scope microdata to the Person when the page marks one, so review authors' names are not read.
  const person: ParentNode = document.querySelector('[itemscope][itemtype*="Person"]') ?? document;
  const locality = microdata(person, 'locality');
  const countryText = microdata(person, 'country-name');
  const metaAmount = meta(document, 'product:price:amount');
  const rate =
    parseRate(textOf(document, '[data-test="rate-per-hour"]', 50)) ??
    parseRate(microdata(document, 'priceRange') ?? microdata(document, 'pricerange')) ??
    parseRate(metaAmount, meta(document, 'product:price:currency'));
  const description = meta(document, 'description') ?? meta(document, 'og:description');
  const jobs = description?.match(/has completed\s+([\d,]+)\s+jobs?/i);
  let location = locality || countryText ? upworkLocation(locality, null, null, countryText) : null;
  if (!location && (t.place ?? ogTitle.place)) {
    const parts = (t.place ?? ogTitle.place)!.split(/\s*,\s*/);
    location = upworkLocation(parts.length > 1 ? parts.slice(0, -1).join(', ') : null, null, null, parts[parts.length - 1]);
  }
  const aboutEl = person.querySelector('[itemprop="description"]');
  return {
    name: microdata(person, 'name') ?? t.name ?? ogTitle.name,
    headline: t.headline ?? ogTitle.headline,
    about: cleanMultiline(multilineText(aboutEl)),
    location,
    hourlyRate: rate,
    jobsCompleted: jobs ? parseCount(jobs[1]!) : null,
    skills: skillsUnderHeading(document),
  };
}
