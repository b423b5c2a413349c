import type { PageState } from '../../core/snapshot';
import { hasLdType, linkHref, meta, title } from '../dom-read';
import { voyagerBlocks } from './voyager';

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
/** A sign-in wall has one or two forms; a page with hundreds is not one we need to read them all of. */
const MAX_FORMS = 50;
const GUEST_PAGE_KEYS = new Set(['d_homepage-guest-home', 'd_checkpoint_lg_consumerLogin', 'auth_wall_desktop_profile']);

function isLoginWall(doc: Document, pageTitle: string | null, pageKey: string | null): boolean {
  if (pageKey && GUEST_PAGE_KEYS.has(pageKey)) return true;
  if (pageTitle && LOGIN_TITLE.test(pageTitle)) return true;
  // The authwall renders a sign-in or join form in place of the profile. `document.forms` is
  // kept by the browser: no walk of the whole page, unlike an attribute selector.
  const forms = doc.forms;
  for (let i = 0; i < Math.min(forms.length, MAX_FORMS); i++) {
    const form = forms[i]!;
    const action = form.getAttribute('action') ?? '';
    if (action.includes('/uas/login-submit') || action.includes('/checkpoint/lg/login-submit') || form.getAttribute('data-id') === 'sign-in-form') return true;
  }
  return false;
}

function isNotFound(doc: Document, pageTitle: string | null): boolean {
  if (pageTitle && NOT_FOUND_TITLE.test(pageTitle)) return true;
  const canonical = linkHref(doc, 'canonical');
  return canonical !== null && /\/public-profile\/in\//i.test(canonical);
}

/** Logged-in SPA: embedded voyager JSON, the profile-card anchors or the top card's overlay links. */
function hasLoggedInMarkers(doc: Document): boolean {
  // One block answers: the reader collects them all later, only for a profile.
  if (voyagerBlocks(doc, 1).length > 0) return true;
  // Found by id (the browser's index), not by a selector that walks the page.
  if (['experience', 'education', 'about'].some((id) => doc.getElementById(id)?.tagName === 'DIV')) return true;
  return doc.querySelector('a[href*="/overlay/contact-info/"], a[href*="/overlay/about-this-profile/"]') !== null;
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
