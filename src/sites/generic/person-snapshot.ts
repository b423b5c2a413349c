import { isRecord } from '../dom-read';
import { emptySnapshot, type Education, type PlatformId, type Position, type ProfileLocation, type ProfileSnapshot } from '../../core/snapshot';
import { cleanText, parseCount, parseLocation, toIsoDate } from '../../core/normalise';
import { countryByIso2, countryByName } from '../../core/countries';
import { type IdIndex, type Node, imageUrl, isType, items, longText, str, strList, urlList } from './schema-values';

/**
 * Turn one schema.org `Person` (from JSON-LD, or microdata converted to the
 * same shape) into a snapshot. Shared by the generic reader and any site
 * extractor that finds a Person (LinkedIn public view, GitHub h-card).
 * Only what the page states is copied; nothing is inferred from a name or a place.
 */

/** Types schema.org uses for schools; other organisations in `alumniOf` are past employers. */
const SCHOOL_TYPES = ['EducationalOrganization', 'CollegeOrUniversity', 'HighSchool', 'School', 'ElementarySchool', 'MiddleSchool', 'Preschool'];

export function personToSnapshot(person: Node, platform: PlatformId, url: string, ids: IdIndex = new Map()): ProfileSnapshot {
  const snap = emptySnapshot(platform, url);
  snap.name = personName(person);
  snap.headline = strList(person['jobTitle'], ids, 300).slice(0, 3).join(' · ') || null;
  snap.location = personLocation(person, ids);
  snap.about = longText(person['description']);
  const photo = imageUrl(person['image'], url);
  // Absent `image` does not prove there is no photo on the page, so only a present one counts.
  snap.photo = photo ? true : null;
  snap.accountId = identifier(person['identifier']);

  for (const org of items(person['worksFor'], ids)) {
    const p = positionFrom(org, ids, url, true);
    if (p) snap.positions.push(p);
  }
  for (const org of items(person['alumniOf'], ids)) {
    const target = roleTarget(org, 'alumniOf', ids);
    if (isType(target, ...SCHOOL_TYPES)) {
      const e = educationFrom(org, target, ids);
      if (e) snap.education.push(e);
    } else {
      const p = positionFrom(org, ids, url, false);
      if (p) snap.positions.push(p);
    }
  }
  snap.languages = strList(person['knowsLanguage'], ids, 100);
  snap.skills = strList(person['knowsAbout'], ids, 100);
  snap.links = urlList([...asList(person['url']), ...asList(person['sameAs'])], url);
  snap.emails = emails(person['email']);
  snap.followers = followers(person['interactionStatistic'], ids);
  return snap;
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, 100) : v == null ? [] : [v];
}

function personName(p: Node): string | null {
  const name = str(p['name'], 200);
  if (name) return name;
  const parts = [str(p['givenName'], 100), str(p['additionalName'], 100), str(p['familyName'], 100)].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

function identifier(v: unknown): string | null {
  const first = Array.isArray(v) ? v[0] : v;
  if (isRecord(first)) return str(first['value'], 200);
  return str(first, 200);
}

/** `address` (text or PostalAddress), else `homeLocation` (Place with a name or an address). */
function personLocation(p: Node, ids: IdIndex): ProfileLocation | null {
  for (const v of [...items(p['address'], ids).slice(0, 3), ...items(p['homeLocation'], ids).slice(0, 3)]) {
    const loc = locationFrom(v, ids, 0);
    if (loc) return loc;
  }
  return null;
}

function locationFrom(v: unknown, ids: IdIndex, depth: number): ProfileLocation | null {
  if (typeof v === 'string') return parseLocation(v.slice(0, 1000));
  if (!isRecord(v) || depth > 2) return null;
  if (v['address'] != null) {
    const inner = locationFrom(items(v['address'], ids)[0], ids, depth + 1);
    if (inner) return inner;
  }
  const city = str(v['addressLocality'], 100);
  const region = str(v['addressRegion'], 100);
  const countryRaw = str(v['addressCountry'], 100);
  if (!city && !region && !countryRaw) return v['name'] != null ? parseLocation(str(v['name'], 300)) : null;
  // addressCountry may be an ISO 3166 code ("DE") or a name; keep what the page said if we do not know it.
  const country = countryRaw ? (countryByIso2(countryRaw.toUpperCase()) ?? countryByName(countryRaw.toLowerCase()) ?? countryRaw) : null;
  const text = cleanText([city, region, countryRaw].filter(Boolean).join(', '), 300);
  return text ? { text, city, region, country } : null;
}

/**
 * The organisation behind a `worksFor`/`alumniOf` value. schema.org's Role
 * pattern wraps it: `{"@type":"EmployeeRole","roleName":…,"worksFor":{…}}`.
 */
function roleTarget(v: unknown, prop: string, ids: IdIndex): unknown {
  if (isRecord(v) && isType(v, 'Role', 'EmployeeRole', 'OrganizationRole') && v[prop] != null) return items(v[prop], ids)[0];
  return v;
}

/** Dates on the value itself, on a Role wrapper, or in LinkedIn's `member` object. */
function dates(v: unknown, ids: IdIndex): { start: string | null; end: string | null } {
  if (!isRecord(v)) return { start: null, end: null };
  const member = items(v['member'], ids)[0];
  const m = isRecord(member) ? member : {};
  return {
    start: isoOf(v['startDate'] ?? m['startDate']),
    end: isoOf(v['endDate'] ?? m['endDate']),
  };
}

function isoOf(v: unknown): string | null {
  if (typeof v === 'number') return toIsoDate(v);
  if (typeof v !== 'string') return null;
  return toIsoDate(v.slice(0, 40));
}

function positionFrom(v: unknown, ids: IdIndex, base: string, listedAsCurrent: boolean): Position | null {
  const prop = listedAsCurrent ? 'worksFor' : 'alumniOf';
  const org = roleTarget(v, prop, ids);
  const company = str(org, 200);
  const role = isRecord(v) ? str(v['roleName'] ?? v['jobTitle'], 200) : null;
  if (!company && !role) return null;
  const { start, end } = dates(v, ids);
  const orgRec = isRecord(org) ? org : {};
  const location = isRecord(orgRec['location']) || typeof orgRec['location'] === 'string' ? str(orgRec['location'], 200) ?? locationFrom(orgRec['location'], ids, 1)?.text ?? null : null;
  // `worksFor` states a current employer; an explicit end date overrides that.
  const current = listedAsCurrent && end == null;
  return {
    title: role,
    company,
    companyUrl: urlList(orgRec['url'], base)[0] ?? null,
    location,
    start,
    end,
    current,
    description: isRecord(v) ? longText(v['description'], 5000) : null,
  };
}

function educationFrom(v: unknown, school: unknown, ids: IdIndex): Education | null {
  const name = str(school, 200);
  if (!name) return null;
  const { start, end } = dates(v, ids);
  const degree = isRecord(v) ? str(v['roleName'] ?? v['educationalCredentialAwarded'], 200) : null;
  return { school: name, degree, start, end };
}

const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,255}\.[a-z]{2,63}$/i;

function emails(v: unknown): string[] {
  const out: string[] = [];
  for (const x of asList(v)) {
    const s = str(x, 320)?.replace(/^mailto:/i, '');
    if (s && EMAIL.test(s) && !out.includes(s)) out.push(s);
  }
  return out;
}

/** `interactionStatistic` with a FollowAction (LinkedIn public view: followers). */
function followers(v: unknown, ids: IdIndex): number | null {
  for (const x of items(v, ids)) {
    if (!isRecord(x)) continue;
    const type = x['interactionType'];
    const typeName = typeof type === 'string' ? type : isRecord(type) ? String(type['@type'] ?? '') : '';
    if (/Follow/i.test(typeName)) {
      const count = x['userInteractionCount'];
      const n = typeof count === 'number' ? parseCount(count) : typeof count === 'string' ? parseCount(count.slice(0, 50)) : null;
      if (n != null && Number.isSafeInteger(n)) return n;
    }
  }
  return null;
}
