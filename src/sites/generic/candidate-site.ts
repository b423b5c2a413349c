import type { SitePlatform } from '../define-site';
import { extractCandidate } from './candidate';
import { classify } from './urls';

/**
 * The generic site with the candidate reader (./candidate.ts) instead of the
 * schema.org Person reader: what reads a page the recruiter checks on demand
 * (no hosts: it runs once, where the background injected it) and the pages of
 * a host the user added in the options (that host only). Its id and label are
 * the generic site's (./site.ts), which content scripts do not import: it
 * carries the URL examples.
 */
export function candidateSite(hosts: readonly string[]): SitePlatform {
  return { id: 'generic', label: 'Other sites', hosts, urls: { classify }, extract: extractCandidate };
}
