/**
 * What a real page's own machine-readable data says, read independently of
 * our extractors, field by field, to count what a reader gets right. Upwork:
 * the page's `window.__NUXT__` evaluated in an isolated Node context (a local
 * tool on a known capture, never in the extension) — the reference reading of
 * the minified state our no-eval reader must match. LinkedIn's public view: its
 * JSON-LD `Person`, and for what that omits (headline, past titles, connections)
 * the top card and list items the page renders. Indeed's older public résumé:
 * its schema.org microdata and the résumé's id/class hooks.
 *
 * Lists whose order a page does not fix (titles, dates) are compared sorted.
 */
import { runInNewContext } from 'node:vm';

export type Truth = Record<string, unknown>;

const rec = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(rec).filter((x): x is Record<string, unknown> => x !== null) : []);

function nuxtState(html: string): Record<string, unknown> | null {
  const re = /<script[^>]*>([\s\S]*?)<\/script>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!m[1]!.includes('window.__NUXT__')) continue;
    const sandbox: { window: Record<string, unknown> } = { window: {} };
    runInNewContext(m[1]!, sandbox, { timeout: 2000 });
    return rec(sandbox.window.__NUXT__);
  }
  return null;
}

/**
 * Whitespace collapsed and zero-width/bidi marks dropped, as every reader does on purpose
 * (they can split a phrase to hide it; src/core/normalise.ts `INVISIBLE`).
 */
const ws = (v: unknown): string | null =>
  (typeof v === 'string' && v.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim()) || null;
const textOf = (root: ParentNode, selector: string) => ws(root.querySelector(selector)?.textContent);
const textsOf = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector), (e) => ws(e.textContent)).filter((t): t is string => !!t);
const month = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, 7) : null);
const sorted = (xs: (string | null)[]) => xs.filter((x): x is string => !!x).sort();

const TOP_RATED: Record<string, string> = { top_rated: 'Top Rated', top_rated_plus: 'Top Rated Plus', expert_vetted: 'Expert-Vetted', rising_talent: 'Rising Talent' };

export function upworkTruth(html: string, _doc?: Document): Truth {
  const state = rec(nuxtState(html)?.state);
  const viewer = rec(state?.profileViewer);
  const record = rec(viewer?.profile) ?? rec(rec(state?.profile)?.profile);
  if (!record) return {};
  const identity = rec(record.identity);
  const profile = rec(record.profile);
  const stats = rec(record.stats);
  const loc = rec(profile?.location) ?? rec(record.location);
  const rate = rec(stats?.hourlyRate);
  const wh = rec(viewer?.workHistory);
  const contracts = [...arr(rec(wh?.assignmentsCompleted)?.pageItems), ...arr(rec(wh?.assignmentsInProgress)?.pageItems)];
  const reviewed = contracts.filter((c) => rec(c.feedback) && (rec(c.feedback)!.score != null || rec(c.feedback)!.comment));
  const badge = typeof profile?.idBadgeStatus === 'string' ? profile.idBadgeStatus : identity?.idBadgeStatus;
  const t: Truth = {
    accountId: identity?.ciphertext ?? null,
    name: profile?.name ?? null,
    headline: profile?.title ?? null,
    about: typeof profile?.description === 'string' ? profile.description.replace(/\s+/g, ' ').trim() : null,
    'location.city': loc?.city ?? null,
    'location.country': loc?.country ?? null,
    photo: rec(profile?.portrait)?.portrait ? true : null,
    verified: typeof badge === 'string' ? ['PASSED', 'VERIFIED'].includes(badge.toUpperCase()) : null,
    memberSince: typeof stats?.memberSince === 'string' ? stats.memberSince.slice(0, 10) : null,
    'hourlyRate.amount': rate?.amount ?? null,
    'hourlyRate.currency': rate?.currencyCode ?? null,
    jobsCompleted: stats?.totalJobsWorked ?? null,
    hoursWorked: stats?.totalHoursActual ?? stats?.totalHours ?? null,
    rating: stats?.rating ?? null,
    reviewCount: stats?.totalFeedback ?? null,
    skills: arr(profile?.skills).map((s) => s.prettyName ?? s.name).filter(Boolean),
    'reviews.dates': reviewed.map((c) => String(c.endedOn ?? '').slice(0, 10)).filter(Boolean),
    badges: [TOP_RATED[String(stats?.topRatedStatus ?? '')]].filter(Boolean),
    timezone: loc?.countryTimezone ?? loc?.timezone ?? null,
    languages: arr(record.languages).map((l) => rec(l.language)?.name ?? l.name).filter(Boolean),
    'positions.count': arr(record.employmentHistory).length || null,
    'education.count': arr(record.education).length || null,
  };
  return t;
}

function ldPerson(doc: Document): Record<string, unknown> | null {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const graph = rec(data)?.['@graph'];
    for (const node of Array.isArray(graph) ? graph : [data]) if (rec(node)?.['@type'] === 'Person') return rec(node);
  }
  return null;
}

const hasType = (o: Record<string, unknown>, t: string) => (Array.isArray(o['@type']) ? o['@type'].includes(t) : o['@type'] === t);

export function linkedinPublicTruth(_html: string, doc: Document): Truth {
  const p = ldPerson(doc);
  if (!p) return {};
  const addr = rec(p.address);
  const works = arr(p.worksFor);
  const alumni = arr(p.alumniOf);
  const employers = [...works, ...alumni.filter((o) => !hasType(o, 'EducationalOrganization'))];
  const schools = alumni.filter((o) => hasType(o, 'EducationalOrganization'));
  const stat = arr(Array.isArray(p.interactionStatistic) ? p.interactionStatistic : [p.interactionStatistic]).find((x) => /follow/i.test(String(x.interactionType ?? '')));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const connections = /(\d[\d,]*)\+?\s+connections/i.exec(textOf(doc, '.top-card-layout__first-subline') ?? '')?.[1];
  return {
    accountId: /\/in\/([^/?#]+)/.exec(canonical)?.[1] ?? null,
    name: ws(p.name),
    headline: textOf(doc, 'h2.top-card-layout__headline'),
    about: typeof p.description === 'string' ? ws(p.description.replace(/<br\s*\/?>/gi, ' ')) : null,
    'location.text': [ws(addr?.addressLocality), ws(addr?.addressCountry)].filter(Boolean).join(', ') || null,
    photo: rec(p.image)?.contentUrl || typeof p.image === 'string' ? true : null,
    followers: typeof stat?.userInteractionCount === 'number' ? stat.userInteractionCount : null,
    connections: connections ? Number(connections.replace(/,/g, '')) : null,
    languages: arr(p.knowsLanguage).map((l) => ws(l.name)).filter(Boolean),
    'positions.count': employers.length || null,
    'positions.companies': employers.map((o) => ws(o.name)),
    'positions.titles': sorted(textsOf(doc, 'li.experience-item h3')),
    'positions.starts': sorted(employers.map((o) => month(rec(o.member)?.startDate))),
    'positions.ends': sorted(employers.map((o) => month(rec(o.member)?.endDate))),
    'education.count': schools.length || null,
    'education.schools': schools.map((o) => ws(o.name)),
  };
}

/** The public résumé of 2012–2017 (`#resume_body`): microdata for the person, id/class hooks for the lists. */
export function indeedTruth(_html: string, doc: Document): Truth {
  const root = doc.querySelector('#resume_body');
  if (!root) return {};
  const works = Array.from(root.querySelectorAll('.work-experience-section'));
  const schools = Array.from(root.querySelectorAll('.education-section'));
  return {
    name: textOf(root, '#resume-contact, [itemprop="name"]'),
    headline: textOf(root, '#headline, [itemprop="jobTitle"]'),
    'location.text': textOf(root, '#headline_location, [itemprop="addressLocality"]'),
    about: textOf(root, '#res_summary'),
    'positions.count': works.length || null,
    'positions.titles': sorted(works.map((w) => textOf(w, '.work_title'))),
    'positions.companies': works.map((w) => textOf(w, '.work_company > span')),
    'education.count': schools.length || null,
    'education.schools': schools.map((e) => textOf(e, '.edu_school [itemprop="name"], .edu_school > span')),
    'education.degrees': schools.map((e) => textOf(e, '.edu_title')),
    skills: textsOf(root, '.skill-text'),
  };
}

/** The same keys, read from an extracted snapshot. */
export function snapshotFields(s: Record<string, unknown> | null): Truth {
  if (!s) return {};
  const loc = rec(s.location);
  const rate = rec(s.hourlyRate);
  const positions = arr(s.positions);
  const education = arr(s.education);
  return {
    accountId: s.accountId,
    name: s.name,
    headline: s.headline,
    about: typeof s.about === 'string' ? s.about.replace(/\s+/g, ' ').trim() : null,
    'location.city': loc?.city ?? null,
    'location.country': loc?.country ?? null,
    photo: s.photo,
    verified: s.verified,
    memberSince: s.memberSince,
    'hourlyRate.amount': rate?.amount ?? null,
    'hourlyRate.currency': rate?.currency ?? null,
    jobsCompleted: s.jobsCompleted,
    hoursWorked: s.hoursWorked,
    rating: s.rating,
    reviewCount: s.reviewCount,
    skills: s.skills,
    'reviews.dates': arr(s.reviews).map((r) => r.date),
    badges: (s.badges as unknown[] | undefined)?.filter((b) => b !== 'ID verified') ?? [],
    timezone: s.timezone,
    languages: s.languages,
    'positions.count': positions.length || null,
    'education.count': education.length || null,
    'location.text': loc?.text ?? null,
    followers: s.followers,
    connections: s.connections,
    'positions.companies': positions.map((p) => p.company ?? null),
    'positions.titles': sorted(positions.map((p) => ws(p.title))),
    'positions.starts': sorted(positions.map((p) => month(p.start))),
    'positions.ends': sorted(positions.map((p) => month(p.end))),
    'education.schools': education.map((e) => e.school ?? null),
    'education.degrees': education.map((e) => e.degree ?? null),
  };
}

export interface FieldScore {
  /** Fields the page's own data holds (non-empty). */
  held: number;
  read: number;
  missed: string[];
  misread: string[];
}

const empty = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0) || v === '';

/** Fields the truth holds: read right, missed (unknown in the snapshot) or misread (a different value). */
export function score(truth: Truth, got: Truth): FieldScore {
  const out: FieldScore = { held: 0, read: 0, missed: [], misread: [] };
  for (const [k, want] of Object.entries(truth)) {
    if (empty(want)) continue;
    out.held++;
    const have = got[k];
    if (empty(have)) out.missed.push(k);
    else if (JSON.stringify(have) === JSON.stringify(want) || (typeof want === 'number' && typeof have === 'number' && Math.abs(want - have) < 0.5)) out.read++;
    else out.misread.push(k);
  }
  return out;
}
