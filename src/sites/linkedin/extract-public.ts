import { countryByIso2, countryByName } from '../../core/countries';
import { cleanMultiline, cleanText, parseCount, parseDateRange, parseLocation, toIsoDate } from '../../core/normalise';
import type { Education, Position, ProfileSnapshot } from '../../core/snapshot';
import { emptySnapshot } from '../../core/snapshot';
import { asArray, findLdNode, hasLdType, isRecord, linkHref, meta, multilineText, safeHttpUrl, text, textOf } from '../dom-read';
import { slugFromUrl } from './urls';

/**
 * The public (logged-out) LinkedIn profile: JSON-LD `Person` first, then meta
 * tags, then the server-rendered sections (shared/platform-pages.md,
 * "Public (logged-out) view"). Section names changed between 2023 and 2024,
 * so each DOM section is looked up under all the names it has had.
 */
const SECTION_NAMES = {
  about: ['summary', 'about'],
  experience: ['experience'],
  education: ['educationsDetails', 'educations', 'education'],
  languages: ['languages'],
  skills: ['skills'],
} as const;

const MAX_ITEMS = 100;

type Ld = Record<string, unknown>;

function str(v: unknown, max = 2000): string | null {
  if (typeof v === 'string') return cleanText(v, max);
  if (typeof v === 'number') return String(v);
  if (isRecord(v)) return str(v.name ?? v['@value'], max);
  return null;
}

/**
 * A section by its `data-section` name, else by its class: the 2023 public layout
 * marks the experience section only as `section.pp-section.experience` (its items
 * carry `data-section="currentPositionsDetails"` / `"pastPositionsDetails"`).
 */
function section(doc: Document, kind: keyof typeof SECTION_NAMES): Element | null {
  for (const name of SECTION_NAMES[kind]) {
    const el = doc.querySelector(`section[data-section="${name}"]`) ?? doc.querySelector(`section.pp-section.${name}`);
    if (el) return el;
  }
  return null;
}

function items(sec: Element | null): Element[] {
  if (!sec) return [];
  const list = sec.querySelector('ul');
  return list ? Array.from(list.children).filter((c) => c.tagName === 'LI').slice(0, MAX_ITEMS) : [];
}

/** Dates of a public list item: `<time>` elements, "Present" in the surrounding text. */
function itemDates(li: Element): { start: string | null; end: string | null; current: boolean } {
  const times = li.querySelectorAll('time');
  if (times.length) {
    const start = toIsoDate(text(times[0]));
    const end = times.length > 1 ? toIsoDate(text(times[1])) : null;
    const range = text(times[0]!.parentElement, 300) ?? '';
    return { start, end, current: times.length === 1 && /present/i.test(range) };
  }
  return parseDateRange(textOf(li, '.date-range', 300));
}

const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

interface DomPosition extends Position {
  used?: boolean;
}

/** Several roles at one company are one `li.experience-group` holding a list of `li.experience-group-position`. */
function positionItems(sec: Element | null): Element[] {
  return items(sec)
    .flatMap((li) => {
      const roles = Array.from(li.querySelectorAll('li.experience-group-position'));
      return roles.length ? roles : [li];
    })
    .slice(0, MAX_ITEMS);
}

function domPositions(doc: Document): DomPosition[] {
  return positionItems(section(doc, 'experience')).map((li) => {
    const d = itemDates(li);
    const companyLink = li.querySelector('h4 a[href], a[href*="/company/"]');
    return {
      title: textOf(li, 'h3', 500),
      company: textOf(li, 'h4', 500),
      companyUrl: safeHttpUrl(companyLink?.getAttribute('href')),
      location: textOf(li, '.experience-item__location, .experience-group-position__location', 300),
      start: d.start,
      end: d.end,
      current: d.current,
      description: cleanMultiline(multilineText(li.querySelector('.show-more-less-text__text--less, .experience-item__description'))),
    };
  });
}

function domEducation(doc: Document): Education[] {
  return items(section(doc, 'education')).map((li) => {
    const d = itemDates(li);
    const degreeParts = Array.from(li.querySelectorAll('h4 span'))
      .map((s) => text(s, 300))
      .filter((s): s is string => !!s);
    return {
      school: textOf(li, 'h3', 500),
      degree: degreeParts.length ? degreeParts.join(', ') : textOf(li, 'h4', 500),
      start: d.start,
      end: d.end,
    };
  });
}

/** A `worksFor` / `alumniOf` organisation as a position, enriched by the matching DOM item. */
function ldPosition(org: Ld, current: boolean, dom: DomPosition[], ldTitle: string | null = null): Position {
  const member = isRecord(org.member) ? org.member : {};
  const start = toIsoDate(str(member.startDate));
  const end = toIsoDate(str(member.endDate));
  const company = str(org.name, 500);
  const match = dom.find((p) => !p.used && norm(p.company) === norm(company) && (!start || !p.start || p.start === start));
  if (match) match.used = true;
  return {
    title: match?.title ?? ldTitle,
    company,
    companyUrl: safeHttpUrl(str(org.url)) ?? match?.companyUrl ?? null,
    location: str(org.location, 300) ?? match?.location ?? null,
    start: start ?? match?.start ?? null,
    end: end ?? match?.end ?? null,
    current: current && !end,
    description: match?.description ?? null,
  };
}

function ldEducation(org: Ld, dom: Education[]): Education {
  const member = isRecord(org.member) ? org.member : {};
  const school = str(org.name, 500);
  const match = dom.find((e) => norm(e.school) === norm(school));
  return {
    school,
    degree: match?.degree ?? null,
    start: toIsoDate(str(member.startDate)) ?? match?.start ?? null,
    end: toIsoDate(str(member.endDate)) ?? match?.end ?? null,
  };
}

function followersOf(person: Ld): number | null {
  for (const stat of asArray(person.interactionStatistic)) {
    if (!isRecord(stat)) continue;
    const kind = str(stat.interactionType) ?? '';
    if (!kind || /follow/i.test(kind)) return parseCount(stat.userInteractionCount as number | string | null);
  }
  return null;
}

function imageUrl(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (isRecord(v)) return str(v.contentUrl) ?? str(v.url);
  return null;
}

/** Placeholder avatars are served from the static host, real photos from the media host. */
const isGhostImage = (u: string) => /static\.licdn\.com|ghost|default-avatar/i.test(u);

/** "Name - Headline | LinkedIn" → headline, using the known name to split safely. */
function headlineFromOgTitle(ogTitle: string | null, name: string | null): string | null {
  if (!ogTitle) return null;
  const t = ogTitle.replace(/\s*\|\s*LinkedIn\s*$/i, '');
  if (name && t.startsWith(`${name} - `)) return cleanText(t.slice(name.length + 3), 1000);
  const i = t.indexOf(' - ');
  return i > 0 ? cleanText(t.slice(i + 3), 1000) : null;
}

/** `address.addressCountry` as a country name ("IN" → India), when the JSON-LD states it. */
function structuredCountry(person: Ld | null): string | null {
  const addr = person && isRecord(person.address) ? person.address : null;
  const raw = addr ? str(addr.addressCountry, 100) : null;
  if (!raw) return null;
  return raw.length === 2 ? (countryByIso2(raw.toUpperCase()) ?? null) : (countryByName(raw.toLowerCase()) ?? raw);
}

function locationText(person: Ld | null, doc: Document, description: string | null): string | null {
  const dom = textOf(doc, '.top-card-layout__first-subline .not-first-middot > span, .top-card__subline-item', 300);
  if (dom && !/connections?|followers?/i.test(dom)) return dom;
  const addr = person && isRecord(person.address) ? person.address : null;
  if (addr) {
    const locality = str(addr.addressLocality, 200);
    const rawCountry = str(addr.addressCountry, 100);
    const country = rawCountry && rawCountry.length === 2 ? (countryByIso2(rawCountry.toUpperCase()) ?? rawCountry) : rawCountry;
    const joined = [locality, country].filter(Boolean).join(', ');
    if (joined) return joined;
  }
  const m = description?.match(/Location:\s*([^·]{1,200})/);
  return m ? cleanText(m[1]) : null;
}

/** "500+ connections" and "1,234 followers" from the top-card subline or the meta description. */
function counts(doc: Document, description: string | null): { connections: number | null; capped: boolean; followers: number | null } {
  const sub = textOf(doc, '.top-card-layout__first-subline, .top-card__subline', 1000) ?? '';
  const hay = `${sub} · ${description ?? ''}`;
  // A count starts after a non-digit and is at most 16 characters long: an unbounded digit run
  // retried from every position made a 20,000-digit description quadratic.
  const c = hay.match(/(?<![\d,.])(\d[\d,.]{0,15})(\+)?\s+connections?/i);
  const f = sub.match(/(?<![\d,.])(\d[\d,.]{0,15}[KkMm]?)\s+followers?/i);
  return { connections: c ? parseCount(c[1]) : null, capped: !!c?.[2], followers: f ? parseCount(f[1]) : null };
}

export function extractPublic(doc: Document, url: string, ldNodes: readonly unknown[]): ProfileSnapshot {
  const snap = emptySnapshot('linkedin', url);
  const person = findLdNode(ldNodes, 'Person');
  const description = meta(doc, 'description');
  const ogTitle = meta(doc, 'og:title');

  const metaName = cleanText([meta(doc, 'profile:first_name'), meta(doc, 'profile:last_name')].filter(Boolean).join(' '));
  snap.name = str(person?.name, 300) ?? metaName ?? textOf(doc, 'h1.top-card-layout__title, main h1', 300);
  // The top card states the headline; `og:title` only when the card is missing: on the 2023
  // public layout `og:title` is "Name - current title - company | LinkedIn", not the headline.
  snap.headline =
    textOf(doc, 'h2.top-card-layout__headline', 1000) ??
    headlineFromOgTitle(ogTitle, snap.name) ??
    cleanText(asArray(person?.jobTitle).map((j) => str(j)).filter(Boolean).join(' · '), 1000);
  snap.location = parseLocation(locationText(person, doc, description));
  // The JSON-LD's structured country wins over what re-parsing the shown text guessed.
  const ldCountry = structuredCountry(person);
  if (snap.location && ldCountry && snap.location.country !== ldCountry) snap.location = { ...snap.location, country: ldCountry };
  // `description` keeps its line breaks, so it is cleaned as multi-line text, not through `str`.
  const ldAbout = typeof person?.description === 'string' ? cleanMultiline(person.description) : null;
  const aboutSection = section(doc, 'about');
  snap.about = ldAbout ?? cleanMultiline(multilineText(aboutSection?.querySelector('.core-section-container__content, p') ?? null));

  const dom = domPositions(doc);
  const domEdu = domEducation(doc);
  const works = asArray(person?.worksFor).filter(isRecord);
  const alumni = asArray(person?.alumniOf).filter(isRecord);
  const pastEmployers = alumni.filter((o) => !hasLdType(o, 'EducationalOrganization'));
  const schools = alumni.filter((o) => hasLdType(o, 'EducationalOrganization'));
  // `jobTitle[]` lists the current titles in `worksFor` order (2023 public layout, where the DOM
  // item often does not match): used only when the two lists pair up one to one.
  const ldTitles = asArray(person?.jobTitle).map((j) => str(j, 500));
  const titleFor = (i: number) => (ldTitles.length === works.length ? (ldTitles[i] ?? null) : null);
  const ldPositions = [...works.map((o, i) => ldPosition(o, true, dom, titleFor(i))), ...pastEmployers.map((o) => ldPosition(o, false, dom))];
  snap.positions = ldPositions.length ? ldPositions : dom.map(({ used: _used, ...p }) => p);
  snap.education = schools.length ? schools.map((o) => ldEducation(o, domEdu)) : domEdu;

  const ldLanguages = asArray(person?.knowsLanguage).map((l) => str(l, 100)).filter((l): l is string => !!l);
  snap.languages = ldLanguages.length ? ldLanguages : items(section(doc, 'languages')).map((li) => textOf(li, 'h3', 100)).filter((l): l is string => !!l);
  snap.skills = items(section(doc, 'skills')).map((li) => text(li, 100)).filter((s): s is string => !!s);

  const self = slugFromUrl(url) ?? slugFromUrl(linkHref(doc, 'canonical')) ?? slugFromUrl(meta(doc, 'og:url'));
  const links = new Set<string>();
  for (const raw of [...asArray(person?.sameAs), person?.url]) {
    const href = safeHttpUrl(str(raw));
    // The profile's own address is not an outside link.
    if (href && (!self || slugFromUrl(href) !== self)) links.add(href);
  }
  snap.links = [...links];

  const image = imageUrl(person?.image) ?? meta(doc, 'og:image');
  snap.photo = image ? !isGhostImage(image) : person ? false : null;

  const c = counts(doc, description);
  snap.connections = c.connections;
  snap.connectionsCapped = c.capped;
  snap.followers = (person ? followersOf(person) : null) ?? c.followers;

  // The public view carries no member urn; the vanity slug is the stable id there.
  snap.accountId = self;
  if (!person && !snap.positions.length && !snap.education.length && !snap.about) {
    snap.missingSections = ['about', 'positions', 'education'];
  }
  // The public view shows no skills section and no contact links (shared/platform-pages.md):
  // finding none there says nothing about the member.
  if (!snap.skills.length) snap.missingSections.push('skills');
  if (!snap.links.length) snap.missingSections.push('links');
  return snap;
}
