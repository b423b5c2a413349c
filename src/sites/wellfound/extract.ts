import type { ExtractResult } from '../define-site';
import { classifyUrlString } from '../../core/url-kind';
import { isRecord, meta, safeHttpUrl } from '../dom-read';
import { emptySnapshot, type Education, type Position, type ProfileSnapshot } from '../../core/snapshot';
import { cleanMultiline, cleanText, parseLocation, toIsoDate } from '../../core/normalise';
import { type ApolloCache, type ApolloObject, deref, derefList, findProfileUser, readApolloCache } from './apollo-cache';
import { classify, wellfoundSlug } from './urls';

/** Strings in the cache are bounded before cleaning so a huge value costs no more than a normal one. */
function s(v: unknown, max = 300): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' ? cleanText(v.slice(0, max * 4), max) : null;
}

function long(v: unknown): string | null {
  return typeof v === 'string' ? cleanMultiline(v.slice(0, 40_000)) : null;
}

function date(v: unknown): string | null {
  if (typeof v === 'number') return toIsoDate(v > 1e11 ? v : v >= 1900 && v <= 2100 ? v : v * 1000);
  return typeof v === 'string' ? toIsoDate(v.slice(0, 40)) : null;
}

/** Display name of a tag object (`LocationTag`, `SkillTag`, `RoleTag`). */
function tagName(o: ApolloObject): string | null {
  return s(o['displayName'], 100) ?? s(o['name'], 100);
}

function tagNames(cache: ApolloCache, v: unknown): string[] {
  const out: string[] = [];
  for (const t of derefList(cache, v)) {
    const n = tagName(t);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

function position(cache: ApolloCache, o: ApolloObject, base: string): Position | null {
  const company = deref(cache, o['company'] ?? o['startup']);
  const companyName = s(company?.['name'], 200) ?? s(o['companyName'], 200);
  const title = s(o['title'], 200) ?? s(o['role'], 200);
  if (!companyName && !title) return null;
  const end = date(o['endedAt'] ?? o['endDate']);
  const companyUrl = s(company?.['companyUrl'], 500) ?? (typeof company?.['slug'] === 'string' ? `https://wellfound.com/company/${encodeURIComponent(company['slug'].slice(0, 100))}` : null);
  return {
    title,
    company: companyName,
    companyUrl: safeHttpUrl(companyUrl, base),
    location: null,
    start: date(o['startedAt'] ?? o['startDate']),
    end,
    current: o['current'] === true || o['isCurrent'] === true || (o['endedAt'] === null && end == null),
    description: long(o['description']),
  };
}

function education(cache: ApolloCache, o: ApolloObject): Education | null {
  const school = s(deref(cache, o['school'])?.['name'], 200) ?? s(o['schoolName'], 200);
  const degree = [s(o['degreeName'], 100), s(o['fieldOfStudy'], 100)].filter(Boolean).join(', ') || null;
  if (!school && !degree) return null;
  return { school, degree, start: date(o['startedAt'] ?? o['startDate']), end: date(o['endedAt'] ?? o['graduationYear'] ?? o['endDate']) };
}

const LINK_FIELDS = ['websiteUrl', 'personalUrl', 'blogUrl', 'linkedInUrl', 'linkedinUrl', 'githubUrl', 'twitterUrl', 'dribbbleUrl', 'behanceUrl', 'resumeUrl'];

function fromUser(cache: ApolloCache, user: ApolloObject, url: string): ProfileSnapshot {
  const snap = emptySnapshot('wellfound', url);
  snap.accountId = s(user['id'], 100) ?? s(user['slug'], 100);
  snap.name = s(user['name'], 200);
  // The short line under the name is `tagline` in newer caches, `bio` in older ones.
  snap.headline = s(user['tagline'], 300) ?? s(user['bio'], 300);
  snap.about = long(user['about']) ?? long(user['whatIveBuilt']) ?? (user['tagline'] != null ? long(user['bio']) : null);
  const locations = tagNames(cache, user['locationTaggings'] ?? user['locations']);
  snap.location = parseLocation(locations[0] ?? s(user['location'], 300));
  if ('avatarUrl' in user) snap.photo = typeof user['avatarUrl'] === 'string' && safeHttpUrl(user['avatarUrl'].slice(0, 4000)) != null;
  snap.skills = tagNames(cache, user['skillTaggings'] ?? user['skills']);
  snap.languages = tagNames(cache, user['languages']);
  for (const o of derefList(cache, user['workExperiences'] ?? user['experiences'])) {
    const p = position(cache, o, url);
    if (p) snap.positions.push(p);
  }
  for (const o of derefList(cache, user['educations'] ?? user['education'])) {
    const e = education(cache, o);
    if (e) snap.education.push(e);
  }
  for (const f of LINK_FIELDS) {
    const l = typeof user[f] === 'string' ? safeHttpUrl(user[f].slice(0, 4000)) : null;
    if (l && !snap.links.includes(l)) snap.links.push(l);
  }
  snap.memberSince = date(user['createdAt']);
  return snap;
}

/** Client-side navigation can leave no `__NEXT_DATA__` for the new page: read the head meta tags. */
function fromMeta(document: Document, url: string): ProfileSnapshot | null {
  const ogTitle = meta(document, 'og:title');
  if (!ogTitle || meta(document, 'og:type') !== 'profile') return null;
  const snap = emptySnapshot('wellfound', url);
  snap.name = cleanText(ogTitle.split(/\s+[-–|]\s+/)[0], 200);
  snap.about = meta(document, 'og:description');
  if (meta(document, 'og:image')) snap.photo = true;
  return snap.name ? snap : null;
}

/**
 * Wellfound public user page. Reads the Apollo cache in
 * `__NEXT_DATA__`, else the page's meta tags. A `/u/<slug>` page whose
 * cache has no such user (or Next's 404 route) is `not-found`. Never throws.
 */
export function extract(document: Document, url: string): ExtractResult {
  try {
    const { u, kind } = classifyUrlString(url, classify);
    if (!u || kind !== 'profile') return { state: kind, snapshot: null };
    const slug = wellfoundSlug(u)!;
    const cache = readApolloCache(document);
    if (cache && (cache.page === '/404' || cache.page === '/_error' || cache.statusCode === 404)) return { state: 'not-found', snapshot: null };
    if (cache && /^\/(login|join)/.test(cache.page ?? '')) return { state: 'login-wall', snapshot: null };
    const user = cache ? findProfileUser(cache, slug) : null;
    const snap = user && isRecord(user) ? fromUser(cache!, user, url) : fromMeta(document, url);
    if (!snap?.name) return { state: 'not-found', snapshot: null };
    return { state: 'profile', snapshot: snap };
  } catch {
    return { state: 'not-a-profile', snapshot: null };
  }
}
