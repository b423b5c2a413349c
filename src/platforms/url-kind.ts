import type { PageState } from '../profile/snapshot';
import type { UrlVerdict } from './define-platform';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A URL string as a web (http/https) URL; null when it does not parse or is another scheme. */
export function parseWebUrl(url: string): URL | null {
  const u = parseUrl(url);
  return u && /^https?:$/.test(u.protocol) ? u : null;
}

/**
 * An extractor's first step: the URL string parsed and classified by the
 * site's own rules (decide from the URL first). An unparsable URL is not a
 * profile; `u` is null then.
 */
export function classifyUrlString(url: string, classify: (u: URL) => UrlVerdict): { u: URL | null; kind: PageState } {
  const u = parseUrl(url);
  return u ? { u, kind: classify(u).kind } : { u: null, kind: 'not-a-profile' };
}
