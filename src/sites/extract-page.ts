import type { PlatformId } from '../core/snapshot';
import { profileSnapshotSchema } from '../core/snapshot-schema';
import type { ExtractResult } from './define-site';
import { detect } from './detect';
import { GENERIC_SITE } from './registry';

export interface PageExtraction extends ExtractResult {
  platform: PlatformId | null;
}

/** How a page no site reader claims is read. */
export type OtherPageReader = (document: Document, url: string) => ExtractResult;

/**
 * URL first, then the site's extractor; on any other page `otherPages`: by default the
 * schema.org Person reader (what runs unasked), or the generic candidate reader where the
 * user asked for the page to be read (the CLI, "Check this page"). Never throws; a snapshot
 * that fails the schema is reported as no profile rather than a half-filled record.
 */
export function extractPage(document: Document, url: string, otherPages: OtherPageReader = GENERIC_SITE.extract): PageExtraction {
  const { site } = detect(url);
  const platform = site?.id ?? null;
  let result: ExtractResult;
  try {
    result = site ? site.extract(document, url) : otherPages(document, url);
    if (!site && result.state !== 'profile') result = { state: 'not-a-profile', snapshot: null };
  } catch (err) {
    console.warn('[hire-signals] extractor failed', err);
    return { platform, state: 'not-a-profile', snapshot: null };
  }
  if (result.state !== 'profile' || !result.snapshot) return { platform, state: result.state, snapshot: null };
  const checked = profileSnapshotSchema.safeParse(result.snapshot);
  if (!checked.success) {
    console.warn('[hire-signals] snapshot rejected', checked.error.issues.slice(0, 3));
    return { platform, state: 'not-a-profile', snapshot: null };
  }
  return { platform: platform ?? result.snapshot.platform, state: 'profile', snapshot: checked.data };
}
