// Generated from src/sites/registry.ts by `npm run gen:sites` (build/site-list.ts): do not edit.

import type { SiteTrait } from './site-traits';

/**
 * The sites Hire Signals reads, as data for the parts that may not import
 * src/sites: ids in detection order, the name shown for each, and the
 * manifest match patterns of its hosts (none for `generic`, which has no
 * content script of its own). Hosts are read with src/core/host-pattern.ts.
 */
export const SITE_IDS = ['linkedin', 'upwork', 'github', 'indeed', 'wellfound', 'fiverr', 'freelancer', 'generic'] as const;

export interface SiteListEntry {
  id: (typeof SITE_IDS)[number];
  label: string;
  hosts: readonly string[];
  traits: readonly SiteTrait[];
}

export const SITE_LIST: readonly SiteListEntry[] = [
  { id: 'linkedin', label: 'LinkedIn', hosts: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'], traits: [] },
  { id: 'upwork', label: 'Upwork', hosts: ['https://www.upwork.com/*'], traits: ['freelance-marketplace'] },
  { id: 'github', label: 'GitHub', hosts: ['https://github.com/*'], traits: ['public-follow-graph'] },
  { id: 'indeed', label: 'Indeed', hosts: ['https://www.indeed.com/*', 'https://*.indeed.com/*'], traits: [] },
  { id: 'wellfound', label: 'Wellfound', hosts: ['https://wellfound.com/*'], traits: [] },
  { id: 'fiverr', label: 'Fiverr', hosts: ['https://www.fiverr.com/*'], traits: ['freelance-marketplace'] },
  { id: 'freelancer', label: 'Freelancer.com', hosts: ['https://www.freelancer.com/*'], traits: ['freelance-marketplace'] },
  { id: 'generic', label: 'Other sites', hosts: [], traits: [] },
];

/** The sites with a content script of their own (every site but the generic reader). */
export const HIRING_SITE_IDS: readonly SiteListEntry['id'][] = SITE_LIST.filter((s) => s.hosts.length > 0).map((s) => s.id);

/** The ids of the sites of one kind (src/core/site-traits.ts). */
export function siteIdsWith(trait: SiteTrait): SiteListEntry['id'][] {
  return SITE_LIST.filter((s) => s.traits.includes(trait)).map((s) => s.id);
}
