// Generated from src/sites/registry.ts by `npm run gen:sites` (build/site-list.ts): do not edit.

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
}

export const SITE_LIST: readonly SiteListEntry[] = [
  { id: 'linkedin', label: 'LinkedIn', hosts: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'] },
  { id: 'upwork', label: 'Upwork', hosts: ['https://www.upwork.com/*'] },
  { id: 'github', label: 'GitHub', hosts: ['https://github.com/*'] },
  { id: 'indeed', label: 'Indeed', hosts: ['https://www.indeed.com/*', 'https://*.indeed.com/*'] },
  { id: 'wellfound', label: 'Wellfound', hosts: ['https://wellfound.com/*'] },
  { id: 'fiverr', label: 'Fiverr', hosts: ['https://www.fiverr.com/*'] },
  { id: 'freelancer', label: 'Freelancer.com', hosts: ['https://www.freelancer.com/*'] },
  { id: 'generic', label: 'Other sites', hosts: [] },
];
