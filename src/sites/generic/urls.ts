import type { UrlParts, UrlVerdict } from '../define-site';

/**
 * No hosts of its own: the schema.org Person reader runs where no hiring site
 * claims the URL (the `scan` CLI's saved pages; later, the candidate pages of
 * an applicant tracking system the user adds in the options).
 */
export const hosts: readonly string[] = [];

/** Any page may carry a schema.org Person: the URL cannot tell, only the page can. */
export function classify(_url: UrlParts): UrlVerdict {
  return { kind: 'profile' };
}
