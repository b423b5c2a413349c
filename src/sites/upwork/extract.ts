import { emptySnapshot } from '../../core/snapshot';
import type { ExtractResult } from '../define-site';
import { classifyUrlString } from '../../core/url-kind';
import { fillUnknown } from '../fill-unknown';
import { title } from '../dom-read';
import { cipherFromUrl, classify } from './urls';
import { findLegacyProfileRecord } from './legacy-json';
import { findNuxtScript, nuxtProfile, nuxtProfileViewer, parseNuxtState } from './nuxt-state';
import { fromPageDom } from './page-dom';
import { fromProfileRecord } from './profile-record';

const LOGIN_FORM = 'form[action*="account-security/login"], input[name="login[username]"], #login_username';
const PROFILE_TITLE = /\s-\sUpwork Freelancer from\s/i;
const NOT_FOUND_TITLE = /\b(404|page not found|not found|no longer available|doesn.t exist)\b/i;

/**
 * Upwork changes profiles without a page load (SPA navigation), leaving the
 * first profile's embedded state in the DOM. A record whose ciphertext is not
 * the one in the URL is stale and must not be reported as this candidate.
 */
function matchesUrl(record: Record<string, unknown>, urlCipher: string | null): boolean {
  if (!urlCipher) return true;
  const identity = record.identity;
  const c = identity && typeof identity === 'object' ? (identity as Record<string, unknown>).ciphertext : undefined;
  return typeof c !== 'string' || c.replace(/^_/, '').toLowerCase() === urlCipher.toLowerCase();
}

/**
 * Sources in order of trust: the Nuxt state (2026 `profileViewer`, earlier `profile`), 2016 inline JSON, then the
 * hydrated DOM (microdata, data-test, meta, title). Page state decides first:
 * a login form or a 404 page yields no profile record at all.
 */
export function extract(document: Document, url: string): ExtractResult {
  const { kind } = classifyUrlString(url, classify);
  if (kind !== 'profile') return { state: kind, snapshot: null };

  const snap = emptySnapshot('upwork', url);
  const urlCipher = cipherFromUrl(url);
  const state = parseNuxtState(findNuxtScript(document) ?? '');
  let nuxt = nuxtProfile(state);
  if (nuxt && !matchesUrl(nuxt, urlCipher)) nuxt = null;
  if (nuxt) fillUnknown(snap, fromProfileRecord(nuxt, nuxtProfileViewer(state)));
  let legacy = snap.name ? null : findLegacyProfileRecord(document);
  if (legacy && !matchesUrl(legacy, urlCipher)) legacy = null;
  if (legacy) fillUnknown(snap, fromProfileRecord(legacy));
  const hadState = Boolean(nuxt || legacy);
  fillUnknown(snap, fromPageDom(document));

  if (!hadState && document.querySelector(LOGIN_FORM)) return { state: 'login-wall', snapshot: null };
  // A tagline may itself say "404" ("I fix 404 errors"): only a title without the profile pattern counts.
  const pageTitle = title(document) ?? '';
  if (!hadState && NOT_FOUND_TITLE.test(pageTitle) && !PROFILE_TITLE.test(pageTitle)) return { state: 'not-found', snapshot: null };
  if (!snap.name && !snap.accountId) return { state: 'not-found', snapshot: null };
  snap.accountId ??= urlCipher;
  return { state: 'profile', snapshot: snap };
}
