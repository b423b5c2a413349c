import type { ExtractResult } from '../define-site';
import { matchesHostPatterns } from '../../core/host-pattern';
import { classifyUrlString } from '../../core/url-kind';
import { meta, safeHttpUrl, text, textOf, title } from '../dom-read';
import { readPersonSnapshot } from '../generic/extract';
import { emptySnapshot, type Education, type Position, type ProfileSnapshot } from '../../core/snapshot';
import { parseDateRange, parseLocation } from '../../core/normalise';
import { blockText } from './block-text';
import { INDEED_HOOKS as H } from './hooks';
import { classify, hosts, indeedProfileId } from './urls';

/** A résumé lists a few dozen jobs at most; bound the work on hostile pages. */
const MAX_ENTRIES = 60;

function all(root: ParentNode, selector: string, max = MAX_ENTRIES): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector)).slice(0, max);
  } catch {
    return [];
  }
}

function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * Entries of a section. The old `rezemp-*` prefixes mark wrappers, entries and
 * their parts alike (`rezemp-WorkExperience…-title`), so an entry is the
 * element holding exactly one title/school field — not a list wrapper, not a part.
 */
function entries(root: ParentNode, itemSelector: string, keySelector: string, altKeySelector: string): Element[] {
  const out: Element[] = [];
  for (const el of all(root, itemSelector, MAX_ENTRIES * 4)) {
    const keys = all(el, keySelector, 2).length;
    if (el.getAttribute('data-testid') || keys === 1 || (keys === 0 && all(el, altKeySelector, 2).length === 1)) out.push(el);
    if (out.length >= MAX_ENTRIES) break;
  }
  return out;
}

function position(item: Element): Position | null {
  const title = textOf(item, H.workTitle, 200);
  const company = textOf(item, H.workCompany, 200);
  if (!title && !company) return null;
  const range = parseDateRange(textOf(item, H.workDates, 120));
  const desc = first(item, H.workDescription);
  return {
    title,
    company,
    companyUrl: null,
    location: textOf(item, H.workLocation, 200),
    start: range.start,
    end: range.end,
    current: range.current,
    description: desc ? blockText(desc, 5000) : null,
  };
}

function education(item: Element): Education | null {
  const school = textOf(item, H.educationSchool, 200);
  const degree = textOf(item, H.educationDegree, 200);
  if (!school && !degree) return null;
  const range = parseDateRange(textOf(item, H.educationDates, 120));
  return { school, degree, start: range.start, end: range.end };
}

function distinctTexts(root: ParentNode, selector: string): string[] {
  const out: string[] = [];
  for (const el of all(root, selector, 200)) {
    const s = text(el, 100);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Read the résumé DOM under `root` (data-testid hooks, else `rezemp-*` prefixes). */
function readResume(root: Element, url: string, id: string | null): ProfileSnapshot {
  const snap = emptySnapshot('indeed', url);
  snap.accountId = id;
  snap.name = textOf(root, H.name, 200);
  snap.headline = textOf(root, H.headline, 300);
  snap.location = parseLocation(textOf(root, H.location, 300));
  const summary = first(root, H.summary);
  snap.about = summary ? blockText(summary) : null;
  for (const item of entries(root, H.workItem, H.workTitle, H.workCompany)) {
    const p = position(item);
    if (p) snap.positions.push(p);
  }
  for (const item of entries(root, H.educationItem, H.educationSchool, H.educationDegree)) {
    const e = education(item);
    if (e) snap.education.push(e);
  }
  snap.skills = distinctTexts(root, H.skill);
  snap.languages = distinctTexts(root, H.language);
  for (const a of all(root, H.link, 50)) {
    const href = safeHttpUrl(a.getAttribute('href'), url);
    // Links back into Indeed (the résumé itself, navigation) are not the candidate's own.
    if (href && !matchesHostPatterns(hosts, new URL(href).hostname) && !snap.links.includes(href)) snap.links.push(href);
  }
  return snap;
}

/** Fill gaps in the DOM reading from a schema.org Person, when the page carries one. */
function mergeMissing(into: ProfileSnapshot, from: ProfileSnapshot | null): ProfileSnapshot {
  if (!from) return into;
  into.name ??= from.name;
  into.headline ??= from.headline;
  into.location ??= from.location;
  into.about ??= from.about;
  into.photo ??= from.photo;
  if (!into.positions.length) into.positions = from.positions;
  if (!into.education.length) into.education = from.education;
  if (!into.languages.length) into.languages = from.languages;
  if (!into.skills.length) into.skills = from.skills;
  if (!into.links.length) into.links = from.links;
  if (!into.emails.length) into.emails = from.emails;
  return into;
}

/**
 * Indeed résumé / candidate profile. Machine data first (a schema.org Person
 * if the page has one), then the `data-testid` résumé hooks. A profile-shaped
 * URL whose page holds no résumé is `not-found` (removed or private résumé),
 * or `login-wall` when Indeed shows its sign-in form instead. Never throws.
 */
export function extract(document: Document, url: string): ExtractResult {
  try {
    const { u, kind } = classifyUrlString(url, classify);
    if (!u || kind !== 'profile') return { state: kind, snapshot: null };
    const person = readPersonSnapshot(document, url, 'indeed');
    const root = first(document, H.root);
    if (!root && !person) {
      if (first(document, H.loginForm)) return { state: 'login-wall', snapshot: null };
      return { state: 'not-found', snapshot: null };
    }
    const snap = root ? mergeMissing(readResume(root, url, indeedProfileId(u)), person) : person!;
    snap.accountId ??= indeedProfileId(u);
    // Last resort for the name: the page title "Jane D. - Data Engineer - Indeed" / og:title.
    snap.name ??= (meta(document, 'og:title') ?? title(document))?.split(/\s+[-–|]\s+/)[0]?.trim() || null;
    if (!snap.name) return { state: 'not-found', snapshot: null };
    return { state: 'profile', snapshot: snap };
  } catch {
    return { state: 'not-a-profile', snapshot: null };
  }
}
