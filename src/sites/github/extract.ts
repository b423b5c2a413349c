import { emptySnapshot } from '../../core/snapshot';
import type { ExtractResult } from '../define-site';
import { classifyUrlString } from '../../core/url-kind';
import { meta, microdata, title } from '../dom-read';
import { classify, loginFromUrl } from './urls';
import { bio, emails, followers, following, hCard, homeLocation, links, timezone, userId, userLogin, worksFor } from './page-fields';

const NOT_FOUND_TITLE = /^(page not found|404)\b/i;

/** Organisation pages share the `/<name>` URL shape with users; the page says which it is. */
function isOrganisation(document: Document): boolean {
  const subject = meta(document, 'hovercard-subject-tag');
  return Boolean(subject?.startsWith('organization:') || document.querySelector('[itemtype$="schema.org/Organization"]'));
}

export function extract(document: Document, url: string): ExtractResult {
  const { kind } = classifyUrlString(url, classify);
  if (kind !== 'profile') return { state: kind, snapshot: null };
  if (NOT_FOUND_TITLE.test(title(document) ?? '')) return { state: 'not-found', snapshot: null };
  if (isOrganisation(document)) return { state: 'not-a-profile', snapshot: null };
  const card = hCard(document);
  const isProfile = meta(document, 'og:type') === 'profile' || card !== document;
  if (!isProfile) {
    return { state: document.querySelector('form[action="/session"]') ? 'login-wall' : 'not-found', snapshot: null };
  }

  const snap = emptySnapshot('github', url);
  const urlLogin = loginFromUrl(url);
  const pageLogin = userLogin(document, card);
  // After in-site navigation the head can still describe the previous profile:
  // when its login is not the URL's, trust only the card and the URL.
  const stale = Boolean(pageLogin && urlLogin && pageLogin.toLowerCase() !== urlLogin.toLowerCase());
  const login = stale ? urlLogin : (pageLogin ?? urlLogin);
  const id = userId(stale ? null : document, card);
  // The numeric id survives renames (a changed handle is still the same account), so it keys the profile.
  snap.accountId = id != null ? String(id) : login;
  snap.accountNumber = id;
  snap.name = microdata(card, 'name');
  snap.about = bio(card);
  snap.location = homeLocation(card);
  snap.positions = worksFor(card);
  snap.links = links(card);
  snap.emails = emails(card);
  snap.followers = followers(card);
  snap.following = following(card);
  snap.timezone = timezone(card);
  return { state: 'profile', snapshot: snap };
}
