import { isRecord, safeJsonParse } from '../dom-read';

/**
 * Wellfound is a Next.js app: the page's data sits in `script#__NEXT_DATA__`
 * → `props.pageProps.apolloState`, a normalised Apollo cache — objects keyed
 * `User:123`, links between them written `{"__ref": "User:123"}`
 * (platform-pages.md "Wellfound"). Apollo 3 sometimes nests it under `.data`.
 */
export type ApolloObject = Record<string, unknown>;

export interface ApolloCache {
  objects: Record<string, unknown>;
  /** Next.js route of the page (`/u/[slug]`, `/404`, `/login` …) when stated. */
  page: string | null;
  statusCode: number | null;
}

/** `__NEXT_DATA__` can be megabytes on real pages; the Apollo cache is a small part of it. */
const MAX_NEXT_DATA_CHARS = 6_000_000;

export function readApolloCache(doc: Document): ApolloCache | null {
  let raw: string | null = null;
  try {
    raw = doc.querySelector('script#__NEXT_DATA__')?.textContent ?? null;
  } catch {
    return null;
  }
  const data = safeJsonParse(raw, MAX_NEXT_DATA_CHARS);
  if (!isRecord(data)) return null;
  const props = isRecord(data['props']) ? data['props'] : {};
  const pageProps = isRecord(props['pageProps']) ? props['pageProps'] : {};
  let state = pageProps['apolloState'] ?? pageProps['__APOLLO_STATE__'];
  if (isRecord(state) && isRecord(state['data']) && !isRecord(state['ROOT_QUERY'])) state = state['data'];
  const statusCode = typeof pageProps['statusCode'] === 'number' ? pageProps['statusCode'] : null;
  return {
    objects: isRecord(state) ? state : {},
    page: typeof data['page'] === 'string' ? data['page'] : null,
    statusCode,
  };
}

/** Follow `{__ref}` links; a missing target is `null` (the cache can be partial). */
export function deref(cache: ApolloCache, v: unknown): ApolloObject | null {
  if (isRecord(v) && typeof v['__ref'] === 'string') {
    const target = Object.prototype.hasOwnProperty.call(cache.objects, v['__ref']) ? cache.objects[v['__ref']] : null;
    return isRecord(target) ? target : null;
  }
  return isRecord(v) ? v : null;
}

/** A list field of refs (or inline objects), resolved and bounded. */
export function derefList(cache: ApolloCache, v: unknown, max = 100): ApolloObject[] {
  if (!Array.isArray(v)) return [];
  const out: ApolloObject[] = [];
  for (const x of v.slice(0, max)) {
    const o = deref(cache, x);
    if (o) out.push(o);
  }
  return out;
}

/**
 * The user the page shows. Matched by the URL's slug first; else the
 * `user(...)` root query. `currentUser` is the signed-in viewer, never the
 * candidate (same trap as LinkedIn's `/voyager/api/me`).
 */
export function findProfileUser(cache: ApolloCache, slug: string): ApolloObject | null {
  const want = slug.toLowerCase();
  const keys = Object.keys(cache.objects).slice(0, 20_000);
  for (const k of keys) {
    const o = cache.objects[k];
    if (isRecord(o) && (o['__typename'] === 'User' || k.startsWith('User:')) && typeof o['slug'] === 'string' && o['slug'].toLowerCase() === want) return o;
  }
  const root = cache.objects['ROOT_QUERY'];
  if (!isRecord(root)) return null;
  for (const k of Object.keys(root).slice(0, 500)) {
    if (/^(user|talentProfile|profile)\(/.test(k)) {
      const o = deref(cache, root[k]);
      if (o) return o;
    }
  }
  return null;
}
