import type { ContentMessage, PagePayload } from '../core/messages';
import { detect } from '../sites/detect';
import { candidateSite } from '../sites/generic/candidate-site';
import { readPage } from './read-page';

/**
 * "Check this page" (the popup's button), run once in the tab by the
 * background (src/background/check-page.ts): the page read with the site's
 * own reader where Hire Signals has one, else — and on a hiring site's page
 * that is not a profile, such as a message thread — with the generic candidate
 * reader. Returns the scan message for the background to check and evaluate;
 * nothing stays behind in the page.
 */
export function readThisPage(doc: Document, url: string): Extract<ContentMessage, { type: 'hs:scan' }> & { page: PagePayload } {
  const stateId = `check-page:${Date.now().toString(36)}`;
  const { site } = detect(url);
  if (site) {
    const page = readPage(site, doc, url);
    if (page.state !== 'not-a-profile') return { type: 'hs:scan', stateId, page };
  }
  return { type: 'hs:scan', stateId, page: readPage(candidateSite([]), doc, url) };
}
