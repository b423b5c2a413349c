import type { ExtractResult } from '../define-platform';

/**
 * Generic reader for a schema.org `Person` in JSON-LD or microdata on any page
 * (issue 5). Placeholder until the extractor work lands.
 */
export function extractGenericPerson(_document: Document, _url: string): ExtractResult {
  return { state: 'not-a-profile', snapshot: null };
}
