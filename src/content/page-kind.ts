import type { SiteUrlRules, UrlParts } from '../sites/define-site';
import { parseWebUrl } from '../core/url-kind';

/**
 * What the URL alone says on this platform's host (no DOM): `'profile'` or
 * another kind. Takes a URL string, or the page's own `location`, which is read
 * as it is instead of being parsed again: on a page load that is the one check
 * a non-profile page pays for.
 */
export function pageKind(platform: SiteUrlRules, where: string | UrlParts): string {
  const u = typeof where === 'string' ? parseWebUrl(where) : where;
  return u && platform.matchesHost(u.hostname.toLowerCase()) ? platform.classifyUrl(u).kind : 'not-a-profile';
}
