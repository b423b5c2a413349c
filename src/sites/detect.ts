import { matchesHostPatterns } from '../core/host-pattern';
import type { PageState } from '../core/snapshot';
import { parseWebUrl } from '../core/url-kind';
import type { SiteDefinition } from './define-site';
import { HIRING_SITES } from './registry';

export interface Detection {
  /** The hiring site whose hosts the URL is on; null on any other host. */
  site: SiteDefinition | null;
  /** What the URL alone says; `profile` still needs the DOM to confirm. */
  kind: PageState;
}

/** Which hiring site and page kind a URL is, without touching the DOM (decide from the URL first). */
export function detect(url: string): Detection {
  const u = parseWebUrl(url);
  if (!u) return { site: null, kind: 'not-a-profile' };
  const site = HIRING_SITES.find((s) => matchesHostPatterns(s.hosts, u.hostname)) ?? null;
  if (!site) return { site: null, kind: 'not-a-profile' };
  return { site, kind: site.urls.classify(u).kind };
}
