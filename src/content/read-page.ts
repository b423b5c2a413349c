import type { PagePayload } from '../core/messages';
import type { SitePlatform } from '../sites/define-site';

/**
 * The content script's whole share of a scan: the platform's extractor on the
 * open document. Never throws; a failing extractor means "no profile here".
 * The snapshot is checked against the schema by the background, which
 * evaluates it (src/background/scan-service.ts).
 */
export function readPage(platform: SitePlatform, doc: Document, url: string): PagePayload {
  try {
    const result = platform.extract(doc, url);
    if (result.state === 'profile' && result.snapshot) return { url, platform: platform.id, state: 'profile', snapshot: result.snapshot };
    return { url, platform: platform.id, state: result.state === 'profile' ? 'not-a-profile' : result.state, snapshot: null };
  } catch (err) {
    console.warn('[hire-signals] extractor failed', err);
    return { url, platform: platform.id, state: 'not-a-profile', snapshot: null };
  }
}
