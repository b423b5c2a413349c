import { countryByIso2 } from '../../core/countries';
import { cleanMultiline } from '../../core/normalise';
import type { Education, ProfileSnapshot, Review } from '../../core/snapshot';
import { safeHttpUrl, safeJsonParse } from '../dom-read';
import { list, rec, stateDate, str, type Rec } from '../state-values';

/**
 * Fiverr seller pages put their server state in
 * `script#perseus-initial-props[type=application/json]`
 * (shared/platform-pages.md, Others). No public capture exists, so the field
 * names below follow a *modelled* payload (`seller.user`, `seller.rating`,
 * `seller.reviews` …) and every read is optional and type-checked.
 */
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null);
export type FiverrFields = Partial<ProfileSnapshot>;

export function readPerseusProps(document: Document): Rec | null {
  const el = document.querySelector('script#perseus-initial-props');
  const parsed = safeJsonParse(el?.textContent);
  return rec(parsed);
}

function uniqueNames(v: unknown): string[] {
  const out: string[] = [];
  for (const x of list(v)) {
    const n = str(x.name ?? x.title, 100);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

function reviews(v: unknown): Review[] {
  return list(v)
    .map((r) => {
      const value = num(r.value ?? r.rating);
      return {
        author: str(r.username ?? r.reviewerName, 200),
        rating: value != null && value >= 0 && value <= 5 ? value : null,
        date: stateDate(r.createdAt ?? r.created_at),
        text: cleanMultiline(typeof r.comment === 'string' ? r.comment : null, 5000),
        title: null,
      };
    })
    .filter((r) => r.text || r.rating != null);
}

function education(v: unknown): Education[] {
  return list(v)
    .map((e) => ({ school: str(e.school, 300), degree: str(e.degree, 300), start: stateDate(e.from), end: stateDate(e.to) }))
    .filter((e) => e.school || e.degree);
}

export function fromPerseusProps(props: Rec): FiverrFields | null {
  const seller = rec(props.seller) ?? rec(rec(props.userData)?.seller);
  const user = rec(seller?.user);
  if (!seller || !user) return null;
  const rating = rec(seller.rating);
  const score = num(rating?.score);
  const count = num(rating?.count);
  const loc = rec(seller.location);
  const code = str(loc?.countryCode, 5)?.toUpperCase() ?? null;
  const country = (code && countryByIso2(code)) ?? str(loc?.countryName, 200);
  const city = str(loc?.city, 200);
  const locText = [city, country].filter(Boolean).join(', ');
  const links: string[] = [];
  for (const p of list(seller.portfolio)) {
    const u = safeHttpUrl(str(p.url, 2000));
    if (u && !links.includes(u)) links.push(u);
  }
  const verified = user.isVerified;
  return {
    accountId: str(user.id, 100) ?? str(user.name, 100),
    name: str(user.displayName, 300) ?? str(user.name, 300),
    headline: str(seller.oneLinerTitle, 500),
    about: cleanMultiline(typeof seller.description === 'string' ? seller.description : null),
    photo: 'profileImageUrl' in user ? Boolean(str(user.profileImageUrl)) : null,
    verified: typeof verified === 'boolean' ? verified : null,
    memberSince: stateDate(user.joinedAt),
    location: locText ? { text: locText, city, region: null, country } : null,
    languages: uniqueNames(seller.languages),
    skills: uniqueNames(seller.skills),
    education: education(seller.educations),
    links,
    rating: score != null && score >= 0 && score <= 5 ? score : null,
    reviewCount: count != null && count >= 0 ? Math.floor(count) : null,
    reviews: reviews(seller.reviews),
    jobsCompleted: num(seller.completedOrdersCount) != null ? Math.floor(num(seller.completedOrdersCount)!) : null,
  };
}
