import type { PlatformId } from '../core/snapshot';

/**
 * The hiring hosts the content scripts run on, per platform: each platform has
 * its own content script with only its own extractor, declared for
 * these hosts only. Kept as data (Dark Reader style) so the manifest, platform
 * detection and tests read the same list. Only the hosts where candidate
 * profiles live — nothing broader.
 */
export const PLATFORM_HOST_MATCHES = {
  linkedin: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  upwork: ['https://www.upwork.com/*'],
  github: ['https://github.com/*'],
  indeed: ['https://www.indeed.com/*', 'https://*.indeed.com/*'],
  wellfound: ['https://wellfound.com/*'],
  fiverr: ['https://www.fiverr.com/*'],
  freelancer: ['https://www.freelancer.com/*'],
} as const satisfies Record<Exclude<PlatformId, 'generic'>, readonly string[]>;

export type SitePlatformId = keyof typeof PLATFORM_HOST_MATCHES;

/** Every hiring host, all platforms together. */
export const HIRING_HOST_MATCHES: readonly string[] = Object.values(PLATFORM_HOST_MATCHES).flat();
