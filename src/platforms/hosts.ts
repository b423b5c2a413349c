/**
 * The hiring hosts the content script may run on. Kept as data (Dark Reader
 * style) so the manifest, platform detection and tests read the same list.
 * Only the hosts where candidate profiles live — nothing broader.
 */
export const HIRING_HOST_MATCHES = [
  'https://www.linkedin.com/*',
  'https://*.linkedin.com/*',
  'https://www.upwork.com/*',
  'https://github.com/*',
  'https://www.indeed.com/*',
  'https://*.indeed.com/*',
  'https://wellfound.com/*',
  'https://www.fiverr.com/*',
  'https://www.freelancer.com/*',
] as const;
