import type { ExtractResult } from '../define-site';
import { readJsonLd } from '../dom-read';
import { extractLoggedIn } from './extract-logged-in';
import { extractPublic } from './extract-public';
import { linkedInPageState } from './page-state';
import { slugFromUrl } from './urls';

/**
 * LinkedIn: the page state from machine hooks first (shared/platform-pages.md
 * "Page states"), then the public or the logged-in reader. Never throws.
 */
export function extract(doc: Document, url: string): ExtractResult {
  try {
    const ld = readJsonLd(doc);
    const { state, view } = linkedInPageState(doc, ld);
    if (state !== 'profile') return { state, snapshot: null };
    const snapshot = view === 'public' ? extractPublic(doc, url, ld) : extractLoggedIn(doc, url, slugFromUrl(url));
    return { state: 'profile', snapshot };
  } catch (err) {
    console.warn('[hire-signals] linkedin extractor failed', err);
    return { state: 'not-a-profile', snapshot: null };
  }
}
