import type { PageState } from '../profile/snapshot';
import type { PlatformDefinition } from './define-platform';
import { PLATFORMS } from './index';

export interface Detection {
  platform: PlatformDefinition | null;
  /** What the URL alone says; `profile` still needs the DOM to confirm. */
  kind: PageState;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Which platform and page kind a URL is, without touching the DOM (decide from the URL first). */
export function detect(url: string): Detection {
  const u = parse(url);
  if (!u || !/^https?:$/.test(u.protocol)) return { platform: null, kind: 'not-a-profile' };
  const host = u.hostname.toLowerCase();
  const platform = PLATFORMS.find((p) => p.matchesHost(host)) ?? null;
  if (!platform) return { platform: null, kind: 'not-a-profile' };
  return { platform, kind: platform.classifyUrl(u).kind };
}
