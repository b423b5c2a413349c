import { cleanText, parseCount, parseLocation } from '../../core/normalise';
import type { Position, ProfileLocation } from '../../core/snapshot';
import { meta, microdata, safeHttpUrl, text, textOf } from '../dom-read';

/**
 * Field readers for a GitHub user page: meta tags first, then the h-card
 * microdata (shared/platform-pages.md, GitHub). `meta[name=user-login]` and
 * `octolytics-actor-*` describe the *viewer* (the recruiter who is signed in):
 * nothing here reads them, so the candidate is never confused with the viewer.
 */

const MAX_LINKS = 30;

export function hCard(document: Document): ParentNode {
  return document.querySelector('.h-card[itemtype$="schema.org/Person"], [itemscope][itemtype$="schema.org/Person"]') ?? document;
}

/** The numeric user id (grows with account age): octolytics dimension, else the avatar's `/u/<id>`. */
export function userId(document: Document | null, card: ParentNode): number | null {
  const fromMeta = document ? meta(document, 'octolytics-dimension-user_id') : null;
  if (fromMeta && /^\d{1,12}$/.test(fromMeta)) return Number(fromMeta);
  const imgs = card.querySelectorAll('img[src*="/u/"]');
  for (let i = 0; i < imgs.length && i < 10; i++) {
    const m = (imgs[i]!.getAttribute('src') ?? '').match(/avatars\d*\.githubusercontent\.com\/u\/(\d{1,12})\b/);
    if (m) return Number(m[1]);
  }
  return null;
}

export function userLogin(document: Document, card: ParentNode): string | null {
  return meta(document, 'profile:username') ?? meta(document, 'octolytics-dimension-user_login') ?? microdata(card, 'additionalName');
}

export function homeLocation(card: ParentNode): ProfileLocation | null {
  const el = card.querySelector('[itemprop="homeLocation"]');
  if (!el) return null;
  const label = el.getAttribute('aria-label')?.replace(/^\s*Home location:\s*/i, '');
  return parseLocation(label || textOf(el, '.p-label') || text(el));
}

export function bio(card: ParentNode): string | null {
  const el = card.querySelector('.p-note');
  if (!el) return null;
  return cleanText(el.getAttribute('data-bio-text')) ?? text(el);
}

/** `worksFor` as a current position with no title: GitHub only states the organisation. */
export function worksFor(card: ParentNode): Position[] {
  const el = card.querySelector('[itemprop="worksFor"]');
  const company = el ? (textOf(el, '.p-org') ?? text(el, 300)) : null;
  if (!company) return [];
  const orgLink = el?.querySelector('a[href]')?.getAttribute('href') ?? null;
  return [{ title: null, company, companyUrl: safeHttpUrl(orgLink, 'https://github.com/'), location: null, start: null, end: null, current: true, description: null }];
}

export function links(card: ParentNode): string[] {
  const out: string[] = [];
  const add = (href: string | null | undefined) => {
    const url = safeHttpUrl(href ?? null);
    if (url && !out.includes(url) && out.length < MAX_LINKS) out.push(url);
  };
  add(card.querySelector('[data-test-selector="profile-website-url"] a[href]')?.getAttribute('href'));
  add(card.querySelector('[itemprop="url"] a[href], a[itemprop="url"]')?.getAttribute('href'));
  const social = card.querySelectorAll('[itemprop="social"] a[href]');
  for (let i = 0; i < social.length && i < MAX_LINKS; i++) add(social[i]!.getAttribute('href'));
  return out;
}

export function emails(card: ParentNode): string[] {
  const out: string[] = [];
  const els = card.querySelectorAll('[itemprop="email"] a[href^="mailto:"], a[itemprop="email"][href^="mailto:"]');
  for (let i = 0; i < els.length && i < 5; i++) {
    const addr = cleanText(decodeURIComponentSafe(els[i]!.getAttribute('href')!.slice(7)), 254);
    if (addr && /^[^\s@]+@[^\s@]+$/.test(addr) && !out.includes(addr)) out.push(addr);
  }
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** "1.2k followers" link under the card. */
export function followers(card: ParentNode): number | null {
  const a = card.querySelector('a[href$="?tab=followers"], a[href*="tab=followers"]');
  if (!a) return null;
  return parseCount(textOf(a, '.text-bold') ?? text(a));
}

/** "87 following" link beside the followers. */
export function following(card: ParentNode): number | null {
  const a = card.querySelector('a[href$="?tab=following"], a[href*="tab=following"]');
  if (!a) return null;
  return parseCount(textOf(a, '.text-bold') ?? text(a));
}

/** `<profile-timezone data-hours-ahead-of-utc="-7.0">` → "UTC-07:00". */
export function timezone(card: ParentNode): string | null {
  const raw = card.querySelector('profile-timezone[data-hours-ahead-of-utc]')?.getAttribute('data-hours-ahead-of-utc');
  const h = raw != null ? Number(raw) : NaN;
  if (!Number.isFinite(h) || Math.abs(h) > 14) return null;
  const sign = h < 0 ? '-' : '+';
  const abs = Math.abs(h);
  const mins = Math.round((abs - Math.floor(abs)) * 60);
  return `UTC${sign}${String(Math.floor(abs)).padStart(2, '0')}:${String(mins).padStart(2, '0')}`;
}
