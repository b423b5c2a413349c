import type { PageState } from '../../profile/snapshot';
import { hasLdType, linkHref, meta, title } from '../dom-read';

/**
 * Which LinkedIn page the DOM shows, decided from machine hooks before any
 * text is read (shared/platform-pages.md, "Page states"). A URL shaped like a
 * profile can still render the sign-in wall or "Profile Not Found".
 */
export type LinkedInView = 'public' | 'logged-in';

export interface LinkedInPageState {
  state: PageState;
  /** Which markup family to read when `state === 'profile'`. */
  view: LinkedInView | null;
}

const NOT_FOUND_TITLE = /^profile not found\b/i;
const LOGIN_TITLE = /^linkedin:\s*log in or sign up/i;
const GUEST_PAGE_KEYS = new Set(['d_homepage-guest-home', 'd_checkpoint_lg_consumerLogin', 'auth_wall_desktop_profile']);

function isLoginWall(doc: Document, pageTitle: string | null, pageKey: string | null): boolean {
  if (pageKey && GUEST_PAGE_KEYS.has(pageKey)) return true;
  if (pageTitle && LOGIN_TITLE.test(pageTitle)) return true;
  // The authwall renders a sign-in or join form in place of the profile.
  return doc.querySelector('form[action*="/uas/login-submit"], form[action*="/checkpoint/lg/login-submit"], form[data-id="sign-in-form"]') !== null;
}

function isNotFound(doc: Document, pageTitle: string | null): boolean {
  if (pageTitle && NOT_FOUND_TITLE.test(pageTitle)) return true;
  const canonical = linkHref(doc, 'canonical');
  return canonical !== null && /\/public-profile\/in\//i.test(canonical);
}

/** Logged-in SPA: embedded voyager JSON or the profile-card anchors. */
function hasLoggedInMarkers(doc: Document): boolean {
  return (
    doc.querySelector('code[id^="bpr-guid-"]') !== null ||
    doc.querySelector('a[href*="/overlay/contact-info/"], a[href*="/overlay/about-this-profile/"]') !== null ||
    doc.querySelector('div#experience, div#education, div#about') !== null
  );
}

function hasPublicMarkers(doc: Document, pageKey: string | null, ldNodes: readonly unknown[]): boolean {
  if (pageKey === 'public_profile_v3_desktop') return true;
  if (meta(doc, 'og:type') === 'profile') return true;
  return ldNodes.some((n) => hasLdType(n, 'Person'));
}

export function linkedInPageState(doc: Document, ldNodes: readonly unknown[]): LinkedInPageState {
  const pageTitle = title(doc);
  const pageKey = meta(doc, 'pageKey');
  if (isNotFound(doc, pageTitle)) return { state: 'not-found', view: null };
  // Guest page keys win over everything else; a sign-in *form* alone does not, because the
  // public profile also carries a "sign in to see more" modal.
  if (pageKey && GUEST_PAGE_KEYS.has(pageKey)) return { state: 'login-wall', view: null };
  if (hasPublicMarkers(doc, pageKey, ldNodes)) return { state: 'profile', view: 'public' };
  if (isLoginWall(doc, pageTitle, pageKey)) return { state: 'login-wall', view: null };
  if (hasLoggedInMarkers(doc)) return { state: 'profile', view: 'logged-in' };
  return { state: 'not-a-profile', view: null };
}
