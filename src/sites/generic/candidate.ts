import type { ExtractResult } from '../define-site';
import { emptySnapshot, type ProfileSnapshot } from '../../core/snapshot';
import { cleanText, parseLocation } from '../../core/normalise';
import { addUnique, emailsInText, httpLink, normaliseEmail, normalisePhone, phonesInText, profileLinkKind } from './contact-values';
import { readPersonSnapshot } from './extract';
import { readLabelledFields, readMarkedFields } from './labelled-fields';
import { readMarkedPositions } from './marked-positions';
import { mainRegion, visibleText } from './main-region';

/**
 * The generic candidate reader: any page that shows a candidate — an
 * applicant tracking system's candidate view (Greenhouse, Lever, Ashby,
 * Workable …), a message, a résumé rendered as HTML — read for what the
 * guidance's contact and text indicators need: the name, e-mail addresses,
 * phone numbers, profile links, location, employers and dates where the page
 * marks them, and the visible text of the page's main region.
 *
 * A schema.org Person on the page comes first (./extract.ts); labelled values
 * fill what it lacks. Nothing is inferred from a name or a place. Never throws.
 */

/** Less text than this, and no name or contact: not a page about a candidate. */
const MIN_TEXT_FOR_PROFILE = 200;

function headingName(region: Element | null): string | null {
  const h = region?.querySelector('h1') ?? region?.ownerDocument.querySelector('h1');
  const name = cleanText(h?.textContent, 120);
  // A person's name: a few words, no digits or punctuation of a sentence.
  if (!name || name.length > 80 || /[\d@:|/!?]/.test(name)) return null;
  const words = name.split(/\s+/);
  return words.length >= 2 && words.length <= 5 ? name : null;
}

function fill(snap: ProfileSnapshot, doc: Document, url: string): { phones: string[]; text: string } {
  const region = mainRegion(doc);
  const text = visibleText(region);
  const phones: string[] = [];
  const links = [...snap.links];
  const addLink = (raw: string | null | undefined, labelled: boolean) => {
    const href = httpLink(raw, url);
    if (!href) return;
    const kind = profileLinkKind(href);
    // Unlabelled links count only when they are a LinkedIn or GitHub profile; the ATS's own pages never do.
    if (kind === null || (kind === 'other' && !labelled)) return;
    try {
      if (new URL(href).hostname === new URL(url).hostname) return;
    } catch {
      return;
    }
    addUnique(links, href);
  };

  // What the page labels first; values it only marks by class fill what is left.
  for (const v of [...readLabelledFields(region), ...readMarkedFields(region)]) {
    switch (v.field) {
      case 'name':
        snap.name ??= cleanText(v.text, 120);
        break;
      case 'email':
        addUnique(snap.emails, normaliseEmail(v.href) ?? normaliseEmail(v.text));
        break;
      case 'phone':
        addUnique(phones, normalisePhone(v.href));
        for (const p of phonesInText(v.text)) addUnique(phones, p);
        break;
      case 'location':
        snap.location ??= parseLocation(v.text);
        break;
      case 'title':
        snap.headline ??= cleanText(v.text, 300);
        break;
      case 'employer': {
        const company = cleanText(v.text, 200);
        if (company && !snap.positions.some((p) => p.company === company))
          snap.positions.push({ title: null, company, companyUrl: null, location: null, start: null, end: null, current: true, description: null });
        break;
      }
      case 'profileLink':
        addLink(v.href ?? v.text, true);
        break;
    }
  }

  try {
    for (const a of Array.from(region?.querySelectorAll('a[href]') ?? []).slice(0, 500)) {
      const href = a.getAttribute('href') ?? '';
      if (/^mailto:/i.test(href)) addUnique(snap.emails, normaliseEmail(href));
      else if (/^tel:/i.test(href)) addUnique(phones, normalisePhone(href));
      else addLink(href, false);
    }
  } catch {
    /* a hostile DOM: keep what was read */
  }
  for (const e of emailsInText(text)) addUnique(snap.emails, e);
  snap.links = links;
  if (snap.positions.length === 0 || snap.positions.every((p) => p.start == null)) {
    for (const p of readMarkedPositions(region)) if (!snap.positions.some((q) => q.company === p.company && q.title === p.title)) snap.positions.push(p);
  }
  snap.name ??= headingName(region);
  return { phones, text };
}

/** The candidate on a page no hiring site of ours claims; `not-a-profile` when it shows none. */
export function extractCandidate(doc: Document, url: string): ExtractResult {
  try {
    const person = readPersonSnapshot(doc, url, 'generic');
    const snap = person ?? emptySnapshot('generic', url);
    const { phones, text } = fill(snap, doc, url);
    // Numbers only in a `tel:` link are not in the text the rules read: add them to it.
    const digits = text.replace(/\D/g, '');
    const unseenPhones = phones.filter((p) => !digits.includes(p.replace(/\D/g, '')));
    const body = [person?.about, text, unseenPhones.length ? unseenPhones.join('\n') : null].filter(Boolean).join('\n\n');
    snap.about = body ? body.slice(0, 100_000) : null;
    const hasCandidate = snap.name != null || snap.emails.length > 0 || phones.length > 0 || snap.links.length > 0;
    if (!hasCandidate && text.length < MIN_TEXT_FOR_PROFILE) return { state: 'not-a-profile', snapshot: null };
    return { state: 'profile', snapshot: snap };
  } catch {
    return { state: 'not-a-profile', snapshot: null };
  }
}
