import type { SiteUrlRules, UrlParts } from '../sites/define-site';
import { matchesHostPatterns } from '../core/host-pattern';
import { parseWebUrl } from '../core/url-kind';

/**
 * What the URL alone says on this site's hosts (no DOM): `'profile'` or
 * another kind. Takes a URL string, or the page's own `location`, which is read
 * as it is instead of being parsed again: on a page load that is the one check
 * a non-profile page pays for.
 */
export function pageKind(site: SiteUrlRules, where: string | UrlParts): string {
  const u = typeof where === 'string' ? parseWebUrl(where) : where;
  return u && matchesHostPatterns(site.hosts, u.hostname) ? site.urls.classify(u).kind : 'not-a-profile';
}
