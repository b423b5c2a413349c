import { safeHttpUrl } from '../dom-read';

/**
 * Contact values a candidate page shows: e-mail addresses, phone numbers and
 * profile links. Read from the page's own links (`mailto:`, `tel:`, anchors)
 * and from its text, each list bounded and without duplicates.
 */

const MAX_VALUES = 20;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,255}\.[a-z]{2,63}$/i;
/** A phone number as people write it: an optional +, then 7–15 digits with the usual separators. */
const PHONE_IN_TEXT = /(?<![\w+])\+?\(?\d[\d\s().-]{5,20}\d(?![\w])/g;

export function addUnique(list: string[], value: string | null | undefined): void {
  if (value && !list.includes(value) && list.length < MAX_VALUES) list.push(value);
}

export function normaliseEmail(raw: string | null | undefined): string | null {
  const s = raw?.trim().replace(/^mailto:/i, '').split('?')[0]?.trim();
  if (!s) return null;
  try {
    const decoded = decodeURIComponent(s);
    return EMAIL.test(decoded) ? decoded.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function emailsInText(text: string): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, 200_000).matchAll(EMAIL_IN_TEXT)) addUnique(out, normaliseEmail(m[0]));
  return out;
}

/** A phone value as written, when it has 7 to 15 digits (ITU E.164 allows at most 15). */
export function normalisePhone(raw: string | null | undefined): string | null {
  const s = raw?.trim().replace(/^tel:/i, '').trim();
  if (!s || s.length > 40) return null;
  let decoded = s;
  try {
    decoded = decodeURIComponent(s);
  } catch {
    /* keep as written */
  }
  const digits = decoded.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  if (!/^\+?[\d\s().-]+$/.test(decoded)) return null;
  return decoded.replace(/\s+/g, ' ');
}

/** Phone numbers in a labelled value ("Phone: +1 415 555 0100"); free text is left to the rules. */
export function phonesInText(text: string): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, 2_000).matchAll(PHONE_IN_TEXT)) addUnique(out, normalisePhone(m[0]));
  return out;
}

/** `member-profile`: a LinkedIn member page or a GitHub account; `other`: any other site. */
export type ProfileLinkKind = 'member-profile' | 'other';

/**
 * A link to a profile of the candidate's own: a LinkedIn member page, a GitHub
 * account, or (labelled by the page) a portfolio. Search pages, company pages
 * and repositories' deeper paths are not the candidate's profile (null).
 */
export function profileLinkKind(href: string): ProfileLinkKind | null {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const parts = u.pathname.split('/').filter(Boolean);
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return parts[0] === 'in' && parts.length >= 2 ? 'member-profile' : null;
  if (host === 'github.com') return parts.length >= 1 && parts.length <= 2 && !/^(orgs|search|topics|features|about|login|settings|marketplace)$/i.test(parts[0]!) ? 'member-profile' : null;
  return 'other';
}

export function httpLink(raw: string | null | undefined, base: string): string | null {
  return safeHttpUrl(raw, base);
}
