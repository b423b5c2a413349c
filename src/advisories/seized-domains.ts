/** A domain seized by authorities or named in the guidance's indicator data (shared/advisories.md §3.1). */
export interface SeizedDomain {
  /** Lower-case registrable domain, no scheme, no `www.`. */
  domain: string;
  /** Company name the site showed. */
  siteName: string;
  /** What happened (seizure / action) in our words. */
  action: string;
  /** Catalogue document id or source key the entry comes from. */
  sourceId: string;
  sourceUrl: string;
  certainty: string;
}

// Filled from shared/advisories.md §3.1 (issue 4); kept sorted by domain.
export const SEIZED_DOMAINS: readonly SeizedDomain[] = [];
