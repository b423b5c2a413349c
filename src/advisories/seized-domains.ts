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

/**
 * Sources for the indicator data that are not government documents, so they are
 * not in the guidance catalogue (DOCUMENTS). A seized-domain entry's `sourceId`
 * resolves either to a catalogue document or to one of these.
 */
export const PRIVATE_SECTOR_SOURCES: Readonly<Record<string, { title: string; url: string }>> = {
  'sentinellabs-front-companies': {
    title: 'SentinelLabs: DPRK IT workers — a network of active front companies and their links to China',
    url: 'https://www.sentinelone.com/labs/dprk-it-workers-a-network-of-active-front-companies-and-their-links-to-china/',
  },
};

// The only seizure data the digest could tie to named domains comes from a private-sector report,
// not a government list (shared/advisories.md §3.1); the banner on the seized sites pointed at the
// 2022 advisory (us22-adv). The 17 domains of us23-doj and the later DOJ counts were never named in
// any source that was read, so nothing is invented for them. Deliberately NOT listed:
// huguotechltd.com — the same report calls it active and linked, but nothing says it was seized.
const SEIZURE = 'Shown a U.S. seizure banner (linking to the 2022 Treasury advisory) from 10 October, year 2024 inferred from the report date';
const CERTAINTY = 'Private-sector report, not a government list; which DOJ action it belongs to is uncertain';
const SOURCE_ID = 'sentinellabs-front-companies';
const SOURCE_URL = PRIVATE_SECTOR_SOURCES[SOURCE_ID].url;

// Kept sorted by domain (a data test checks it).
export const SEIZED_DOMAINS: readonly SeizedDomain[] = [
  { domain: 'hopanatech.com', siteName: 'HopanaTech', action: SEIZURE, sourceId: SOURCE_ID, sourceUrl: SOURCE_URL, certainty: CERTAINTY },
  { domain: 'inditechlab.com', siteName: 'Independent Lab LLC', action: SEIZURE, sourceId: SOURCE_ID, sourceUrl: SOURCE_URL, certainty: CERTAINTY },
  { domain: 'tonywangtech.com', siteName: 'Shenyang Tonywang Technology LTD', action: SEIZURE, sourceId: SOURCE_ID, sourceUrl: SOURCE_URL, certainty: CERTAINTY },
  { domain: 'wkjllc.com', siteName: 'Tony WKJ LLC', action: SEIZURE, sourceId: SOURCE_ID, sourceUrl: SOURCE_URL, certainty: CERTAINTY },
];
