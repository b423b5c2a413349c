// What the content script needs: detection and extraction, no test data (bundle budget).
import { defineSitePlatform } from '../define-site';
import type { ExtractResult } from '../define-site';
import { readJsonLd } from '../dom-read';
import { extractLoggedIn } from './extract-logged-in';
import { extractPublic } from './extract-public';
import { linkedInPageState } from './page-state';
import { slugFromUrl } from './url';
import urlRules from './url-rules';

/**
 * LinkedIn: URL shape first, then the page state from machine hooks,
 * then the public or logged-in reader. Never throws.
 */
export function extractLinkedIn(doc: Document, url: string): ExtractResult {
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

export default defineSitePlatform({
  ...urlRules,
  label: 'LinkedIn',
  extract: extractLinkedIn,
});
