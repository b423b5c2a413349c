import type { PageState } from '../core/snapshot';
import type { PlatformDefinition } from './define-site';
import { PLATFORMS } from './index';
import { parseWebUrl } from '../core/url-kind';

export interface Detection {
  platform: PlatformDefinition | null;
  /** What the URL alone says; `profile` still needs the DOM to confirm. */
  kind: PageState;
}

/** Which platform and page kind a URL is, without touching the DOM (decide from the URL first). */
export function detect(url: string): Detection {
  const u = parseWebUrl(url);
  if (!u) return { platform: null, kind: 'not-a-profile' };
  const host = u.hostname.toLowerCase();
  const platform = PLATFORMS.find((p) => p.matchesHost(host)) ?? null;
  if (!platform) return { platform: null, kind: 'not-a-profile' };
  return { platform, kind: platform.classifyUrl(u).kind };
}
