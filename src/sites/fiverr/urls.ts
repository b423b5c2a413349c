import type { UrlVerdict, UrlParts } from '../define-site';

export const hosts: readonly string[] = ['https://www.fiverr.com/*'];

/**
 * Fiverr: a seller's page is `/<seller>`; `/<seller>/<gig-slug>` is one gig
 * (a product page, not the person) and site sections share the first segment.
 */
const RESERVED = new Set([
  'categories', 'search', 'gigs', 'join', 'pro', 'inbox', 'users', 'support', 'resources', 'start_selling', 'business',
  'logo-maker', 'cp', 'seller_dashboard', 'orders', 'levels', 'community', 'blog', 'stories', 'hire', 'terms_of_service',
  'privacy-policy', 'lists', 'settings', 'notifications', 'manage_orders', 'manage_gigs', 'earnings', 'go', 'cart',
  'sitemap', 'about', 'press', 'careers', 'partnerships', 'affiliates', 'invite', 'subscriptions', 'plus',
]);
const LOGIN = new Set(['login', 'signin', 'sign_in']);
const SELLER = /^[a-z0-9][a-z0-9_.]{2,29}$/i;

export function classify(url: UrlParts): UrlVerdict {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1) return { kind: 'not-a-profile' };
  const first = segments[0]!.toLowerCase();
  if (LOGIN.has(first)) return { kind: 'login-wall' };
  if (RESERVED.has(first) || !SELLER.test(first)) return { kind: 'not-a-profile' };
  return { kind: 'profile' };
}
