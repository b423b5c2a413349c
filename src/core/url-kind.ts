import type { PageState } from './snapshot';

function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/**
 * A URL string (relative to `base` when given) as a web (http/https) URL; null when it does
 * not parse or is another scheme (`javascript:`, `data:`, `file:`). The one check behind every
 * URL we classify, store from a page or render as a link.
 */
export function parseWebUrl(url: string, base?: string): URL | null {
  const u = parseUrl(url, base);
  return u && (u.protocol === 'https:' || u.protocol === 'http:') ? u : null;
}

/** `/in/jane/` → `in`; `/` → `` (no pattern: the content script's first check on every page). */
export function firstPathSegment(pathname: string): string {
  const end = pathname.indexOf('/', 1);
  return pathname.slice(1, end < 0 ? pathname.length : end);
}

/** One DNS label of letters, digits and hyphens (`uk`, `www`), lower-case; no dots. */
export function isDnsLabel(s: string): boolean {
  if (s.length === 0 || s.length > 63) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/**
 * An extractor's first step: the URL string parsed and classified by the
 * site's own rules (decide from the URL first). An unparsable URL is not a
 * profile; `u` is null then.
 */
export function classifyUrlString(url: string, classify: (u: URL) => { kind: PageState }): { u: URL | null; kind: PageState } {
  const u = parseUrl(url);
  return u ? { u, kind: classify(u).kind } : { u: null, kind: 'not-a-profile' };
}
