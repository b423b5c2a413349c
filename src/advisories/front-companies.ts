/** A designated or named entity (shared/advisories.md §3.2): exact name/alias matching only (§4 item 8). */
export interface FrontCompany {
  name: string;
  aliases: readonly string[];
  location: string;
  /** The action that named it, e.g. "OFAC 2018-09-13". */
  action: string;
  /** Catalogue document ids the entry comes from. */
  sourceIds: readonly string[];
  sourceUrl: string;
  basis: string;
}

// Filled from shared/advisories.md §3.2 (issue 4); kept sorted by name.
export const FRONT_COMPANIES: readonly FrontCompany[] = [];
