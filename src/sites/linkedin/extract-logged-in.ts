import { cleanMultiline, cleanText, parseCount, parseDateRange, parseLocation, toIsoDate } from '../../core/normalise';
import type { Education, EmploymentType, Position, ProfileSnapshot } from '../../core/snapshot';
import { emptySnapshot, employmentTypeOf } from '../../core/snapshot';
import { isRecord, multilineText, safeHttpUrl, text, title } from '../dom-read';
import { cardEntries, cardLines, isDateLine, nestedEntries, profileCard, type ItemLines } from './profile-cards';
import { candidateProfile, memberNumber, profileGeoText, profileHeadline, readVoyager } from './voyager';

/**
 * The logged-in LinkedIn profile (an SPA with hashed class names): embedded
 * voyager JSON first, then the section anchors, then aria labels and the title
 * (shared/platform-pages.md, "Logged-in view").
 */

const MAX_TOP_CARD_NODES = 400;
const MAX_DIALOGS = 10;
const MAX_CONTACT_LINKS = 50;

/** "Name | LinkedIn" → "Name" (also "(3) Name | LinkedIn" with a notification count). */
function nameFromTitle(doc: Document): string | null {
  const t = title(doc);
  if (!t) return null;
  const m = t.match(/^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn$/);
  return m ? cleanText(m[1]) : null;
}

/**
 * The top card: the first `section` in `main` that holds the name heading. Before 2026 the name is
 * the `h1`; the 2026 layout moved it to an `h2` in the same top section.
 */
function topCard(doc: Document, nameHint: string | null): { section: Element | null; heading: Element | null } {
  const main = doc.querySelector('main') ?? doc.body;
  if (!main) return { section: null, heading: null };
  const h1 = main.querySelector('section h1');
  if (h1) return { section: h1.closest('section'), heading: h1 };
  const sections = main.querySelectorAll('section');
  for (let i = 0; i < Math.min(sections.length, 5); i++) {
    const h2 = sections[i]!.querySelector('h2');
    const t = text(h2, 300);
    if (h2 && t && (!nameHint || t === nameHint) && !sections[i]!.querySelector('div#about, div#experience')) {
      return { section: sections[i]!, heading: h2 };
    }
  }
  return { section: null, heading: null };
}

/** Lines under the name that are not the headline: pronouns, connection degree, badges. */
const NOT_HEADLINE = /^(?:\(?(?:he|she|they|ze|xe)\/\w+\)?|·?\s*(?:1st|2nd|3rd\+?)|verified|premium|open to work|contact info)$/i;

function headlineText(el: Element | null, name: string | null): string | null {
  const t = text(el, 1000);
  if (!t || t === name || NOT_HEADLINE.test(t) || (name && t.startsWith(name) && t.length <= name.length + 20)) return null;
  return t;
}

/**
 * Headline: the block after the name's wrapper in the top card. The name's
 * wrapping differs by layout (2022: `div > h1`; 2023–2025: the `h1` inside a
 * link inside a span beside pronouns and a badge; 2026: an `h2`), so we climb
 * from the heading until a following sibling holds text that is not the name,
 * pronouns or the connection degree. `text-body-medium` (2022–2025) and
 * `data-generated-suggestion-target` (2024–2025) mark it directly.
 */
function headlineNear(section: Element | null, heading: Element | null): string | null {
  if (!heading) return null;
  const name = text(heading, 300);
  const marked = section?.querySelector('[data-generated-suggestion-target], div.text-body-medium.break-words');
  const direct = headlineText(marked ?? null, name);
  if (direct) return direct;
  let node: Element | null = heading;
  for (let up = 0; node && node !== section && up < 5; up++, node = node.parentElement) {
    let sib = node.nextElementSibling;
    for (let i = 0; sib && i < 4; i++, sib = sib.nextElementSibling) {
      if (sib.querySelector('a[href*="/overlay/contact-info/"], img, button')) break;
      // Links and buttons beside the name ("Verify now" on one's own profile) are not the headline.
      if (sib.tagName === 'A' || sib.tagName === 'BUTTON') continue;
      const t = headlineText(sib, name);
      if (t) return t;
    }
  }
  return null;
}

/** Location: the text next to the "Contact info" link (same row), when the JSON has no geo. */
function locationNear(section: Element | null): string | null {
  const link = section?.querySelector('a[href*="/overlay/contact-info/"]');
  const row = link?.parentElement?.parentElement;
  const first = row?.firstElementChild;
  if (!first || first.contains(link!)) return null;
  return text(first, 300);
}

interface Counts {
  connections: number | null;
  capped: boolean;
  followers: number | null;
}

/** "500+ connections", "1,204 followers" as whole short elements of the top card (bounded). */
function topCardCounts(section: Element | null): Counts {
  const out: Counts = { connections: null, capped: false, followers: null };
  if (!section) return out;
  const items = section.querySelectorAll('li, span, a');
  for (let i = 0; i < Math.min(items.length, MAX_TOP_CARD_NODES); i++) {
    // Most of the top card names neither: skip those before cleaning and matching their text.
    const raw = items[i]!.textContent;
    if (!raw || raw.length > 2000) continue;
    const lower = raw.toLowerCase();
    if (!lower.includes('connection') && !lower.includes('follower')) continue;
    const t = cleanText(raw, 200);
    if (!t || t.length > 40) continue;
    const c = t.match(/^(\d[\d,.]*)(\+)?\s+connections?$/i);
    if (c && out.connections === null) {
      out.connections = parseCount(c[1]);
      out.capped = c[2] === '+';
    }
    const f = t.match(/^(\d[\d,.]*[KkMm]?)\s+followers?$/i);
    if (f && out.followers === null) out.followers = parseCount(f[1]);
  }
  return out;
}

function readAbout(doc: Document): string | null {
  const card = profileCard(doc, 'about');
  if (!card) return null;
  // Paragraphs are `<br>`-separated inside the visible span; keep them.
  const parts: string[] = [];
  const spans = card.querySelectorAll('span[aria-hidden="true"]');
  for (let i = 0; i < Math.min(spans.length, 50); i++) {
    const span = spans[i]!;
    if (span.closest('.visually-hidden, h2') || span.parentElement?.closest('span[aria-hidden="true"]')) continue;
    const t = cleanMultiline(multilineText(span));
    if (t) parts.push(t);
  }
  return cleanMultiline(parts.join('\n\n'));
}

function companyFromLine(line: string | undefined): string | null {
  // "Acme GmbH · Full-time": the employment type after the dot is not part of the name;
  // a line that is only an employment type ("Self-employed") names no company.
  if (!line || employmentTypeOf(line)) return null;
  return cleanText(line.split(' · ')[0]);
}

/**
 * The employment type among an entry's lines before its dates: "Acme · Contract",
 * a line of its own ("Part-time"), or a grouped company's header ("Full-time · 5 yrs").
 */
function employmentIn(lines: readonly string[]): EmploymentType | null {
  for (const l of lines) {
    if (isDateLine(l)) break;
    for (const part of l.split(' · ')) {
      const t = employmentTypeOf(part);
      if (t) return t;
    }
  }
  return null;
}

/** Description paragraphs of an entry: nested list items without dates, minus the "Skills:" line. */
function descriptionOf(entry: Element, lines: ItemLines): string | null {
  const parts: string[] = [];
  for (const li of nestedEntries(entry)) {
    const own = lines(li);
    if (own.some(isDateLine)) continue;
    for (const l of own) if (!/^skills:/i.test(l)) parts.push(l);
  }
  return cleanMultiline(parts.join('\n'));
}

function looksLikeLocation(line: string | undefined): boolean {
  return !!line && line.length <= 100 && !/[.!?]$/.test(line) && !isDateLine(line);
}

function roleFrom(entry: Element, lines: ItemLines, company: string | null, companyUrl: string | null, groupType: EmploymentType | null = null): Position {
  const own = lines(entry);
  const di = own.findIndex(isDateLine);
  const range = parseDateRange(di >= 0 ? own[di] : null);
  const loc = di >= 0 && looksLikeLocation(own[di + 1]) ? own[di + 1]! : null;
  return {
    title: own[0] ?? null,
    company,
    companyUrl,
    location: loc ? cleanText(loc.split(' · ')[0]) : null,
    start: range.start,
    end: range.end,
    current: range.current,
    description: descriptionOf(entry, lines),
    employmentType: employmentIn(own.slice(1)) ?? groupType,
  };
}

function readExperience(doc: Document): Position[] | null {
  const card = profileCard(doc, 'experience');
  if (!card) return null;
  const lines = cardLines(card);
  const out: Position[] = [];
  for (const entry of cardEntries(card)) {
    const own = lines(entry);
    const companyUrl = safeHttpUrl(entry.querySelector('a[href*="/company/"]')?.getAttribute('href'), 'https://www.linkedin.com');
    const roles = nestedEntries(entry).filter((li) => lines(li).some(isDateLine));
    if (roles.length && !own.some(isDateLine)) {
      // Several roles at one company: the entry's own first line is the company.
      const company = companyFromLine(own[0]);
      const groupType = employmentIn(own.slice(1));
      for (const role of roles) out.push(roleFrom(role, lines, company, companyUrl, groupType));
    } else if (own.length) {
      out.push(roleFrom(entry, lines, companyFromLine(own[1]), companyUrl));
    }
  }
  return out;
}

function readEducation(doc: Document): Education[] | null {
  const card = profileCard(doc, 'education');
  if (!card) return null;
  const linesOf = cardLines(card);
  return cardEntries(card).flatMap((entry) => {
    const lines = linesOf(entry);
    if (!lines.length) return [];
    const di = lines.findIndex(isDateLine);
    const range = parseDateRange(di >= 0 ? lines[di] : null);
    const single = di >= 0 && !range.start ? toIsoDate(lines[di]!.split('·')[0]!) : null;
    return [{ school: lines[0]!, degree: lines[1] && di !== 1 ? lines[1] : null, start: range.start ?? single, end: range.end }];
  });
}

/** First visible line of every entry (skills and languages cards). */
function firstLines(doc: Document, id: 'skills' | 'languages'): string[] | null {
  const card = profileCard(doc, id);
  if (!card) return null;
  const lines = cardLines(card);
  const seen = new Set<string>();
  for (const entry of cardEntries(card)) {
    const first = lines(entry)[0]?.slice(0, 200);
    if (first) seen.add(first);
  }
  return [...seen];
}

/** Open overlays (about-this-profile, contact info): read only if the user already opened them. */
function openDialogs(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[role="dialog"]')).slice(0, MAX_DIALOGS);
}

/** "Joined May 2024" in the About-this-profile overlay. */
function joinedFromOverlay(dialogs: readonly Element[]): string | null {
  for (const dialog of dialogs) {
    const t = text(dialog, 5000);
    const m = t?.match(/Joined\s*([A-Za-z]{3,9}\.?\s+\d{4})/);
    if (m) return toIsoDate(m[1]!);
  }
  return null;
}

/** Websites from the contact-info overlay. */
function contactLinks(dialogs: readonly Element[]): string[] {
  const out = new Set<string>();
  let read = 0;
  for (const dialog of dialogs) {
    const anchors = dialog.querySelectorAll('section a[href^="http"]');
    for (let i = 0; i < anchors.length && read < MAX_CONTACT_LINKS; i++, read++) {
      const href = safeHttpUrl(anchors[i]!.getAttribute('href'));
      if (href && !/^https?:\/\/([a-z0-9-]+\.)?linkedin\.com\//i.test(href)) out.add(href);
    }
  }
  return [...out];
}

export function extractLoggedIn(doc: Document, url: string, slug: string | null): ProfileSnapshot {
  const snap = emptySnapshot('linkedin', url);
  const voyager = readVoyager(doc, slug);
  const profile = candidateProfile(voyager, slug);

  const titleName = nameFromTitle(doc);
  let jsonName: string | null = null;
  if (profile) {
    jsonName = cleanText([profile.firstName, profile.lastName].filter((x) => typeof x === 'string').join(' '), 300);
    snap.headline = profileHeadline(profile);
    snap.accountNumber = memberNumber(profile.objectUrn);
    snap.location = parseLocation(profileGeoText(profile, voyager.byUrn));
    if (typeof profile.showVerificationBadge === 'boolean') snap.verified = profile.showVerificationBadge;
    // The profile decoration always carries `profilePicture` when a photo is set; absent = no photo.
    if (typeof profile.firstName === 'string') snap.photo = isRecord(profile.profilePicture);
    if (typeof profile.summary === 'string') snap.about = cleanMultiline(profile.summary);
  }

  const top = topCard(doc, jsonName ?? titleName);
  snap.name = jsonName ?? titleName ?? text(top.heading, 300);
  snap.headline ??= headlineNear(top.section, top.heading);
  snap.location ??= parseLocation(locationNear(top.section));
  if (snap.photo === null && top.section && snap.name) {
    // The top-card photo's alt text is the member's name; the ghost placeholder has none.
    const imgs = top.section.querySelectorAll('img[alt]');
    for (let i = 0; i < Math.min(imgs.length, 20) && snap.photo === null; i++) if (cleanText(imgs[i]!.getAttribute('alt')) === snap.name) snap.photo = true;
  }
  if (doc.querySelector('a[href$="/overlay/about-this-profile/"][aria-label$="has verifications"]')) snap.verified = true;

  const counts = topCardCounts(top.section);
  snap.connections = counts.connections;
  snap.connectionsCapped = counts.capped;
  snap.followers = counts.followers;

  const about = readAbout(doc);
  const positions = readExperience(doc);
  const education = readEducation(doc);
  const skills = firstLines(doc, 'skills');
  const languages = firstLines(doc, 'languages');
  snap.about = about ?? snap.about;
  snap.positions = positions ?? [];
  snap.education = education ?? [];
  snap.skills = skills ?? [];
  snap.languages = languages ?? [];
  const dialogs = openDialogs(doc);
  snap.memberSince = joinedFromOverlay(dialogs);
  snap.links = contactLinks(dialogs);

  // A 3rd-degree "super private" view shows the top card only: the sections are hidden from the
  // viewer, which is not the same as the member having none (us22-rf-thin-online-presence must not
  // fire on what we could not see).
  if (about === null && positions === null && education === null && skills === null && languages === null) {
    snap.missingSections = ['about', 'positions', 'education', 'skills', 'languages'];
  }

  snap.accountId = snap.accountNumber !== null ? `urn:li:member:${snap.accountNumber}` : slug;
  return snap;
}
