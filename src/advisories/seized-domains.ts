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
  /**
   * The site was a fake *employer* that lured developers (us25-fbi-blocknovas): it belongs to
   * company look-ups, never to a candidate's signals — a developer who names it may be its victim.
   */
  fakeEmployer?: boolean;
}

/**
 * Sources for the indicator data that are not government documents, so they are
 * not in the guidance catalogue (DOCUMENTS). A seized-domain entry's `sourceId`
 * resolves either to a catalogue document or to one of these.
 */
export const PRIVATE_SECTOR_SOURCES: Readonly<Record<string, { title: string; url: string; date: string | null }>> = {
  'sentinellabs-front-companies': {
    title: 'SentinelLabs: DPRK IT workers — a network of active front companies and their links to China',
    // §3.1 infers the year from the report's date but gives no day.
    date: null,
    url: 'https://www.sentinelone.com/labs/dprk-it-workers-a-network-of-active-front-companies-and-their-links-to-china/',
  },
};

// Four of the domains come from a private-sector report, not a government list
// (shared/advisories.md §3.1); two (upworksell.com, blocknovas.com) have a government action behind
// them, known from secondary reports. For the four, the banner on the seized sites pointed at the
// 2022 advisory (us22-adv). The 17 domains of us23-doj and the later DOJ counts were never named in
// any source that was read, so nothing is invented for them. Deliberately NOT listed:
// huguotechltd.com — the same report calls it active and linked, but nothing says it was seized.
const SEIZURE = 'Shown a U.S. seizure banner (linking to the 2022 Treasury advisory) from 10 October, year 2024 inferred from the report date';
const CERTAINTY = 'Private-sector report, not a government list; which DOJ action it belongs to is uncertain';
const SOURCE_ID = 'sentinellabs-front-companies';
const SOURCE_URL = PRIVATE_SECTOR_SOURCES[SOURCE_ID].url;

// Kept sorted by domain (a data test checks it).
export const SEIZED_DOMAINS: readonly SeizedDomain[] = [
  {
    domain: 'blocknovas.com',
    siteName: 'BlockNovas LLC',
    action: 'Seized by the FBI in April 2025; the site posed as a crypto-consulting firm hiring developers',
    sourceId: 'us25-fbi-blocknovas',
    sourceUrl: 'https://particle.news/story/fbi-seizes-north-korean-linked-domain-in-crypto-malware-scheme',
    certainty: 'Government action known from a secondary report; seizure notice not read. A fake employer that lured developers, not a candidate site',
    fakeEmployer: true,
  },
  { domain: 'hopanatech.com', siteName: 'HopanaTech', action: SEIZURE, sourceId: SOURCE_ID, sourceUrl: SOURCE_URL, certainty: CERTAINTY },
  {
    domain: 'inditechlab.com',
    siteName: 'Independent Lab LLC',
    action: SEIZURE,
    sourceId: SOURCE_ID,
    sourceUrl: SOURCE_URL,
    // §3.1 (2026-12-02): the company name, not the seizure, ties it to the June 2025 DOJ case.
    certainty: `${CERTAINTY}; reports name the company among the shell companies of the June 2025 DOJ case (us25-doj), by name only`,
  },
  { domain: 'tonywangtech.com', siteName: 'Shenyang Tonywang Technology LTD', action: SEIZURE, sourceId: SOURCE_ID, sourceUrl: SOURCE_URL, certainty: CERTAINTY },
  {
    domain: 'upworksell.com',
    siteName: 'UpWorkSell, a shop selling or renting identities and freelance and payment accounts',
    action: 'Seized by the FBI with the charges of 2024-05-16; its operator was sentenced in February 2026 (us26-doj-feb)',
    sourceId: 'us24-doj-may',
    sourceUrl: 'https://tnreporter.com/2024/05/justice-department-unveils-fraud-scheme-involving-north-korean-it-workers/',
    certainty: 'Government action known from secondary reports; seizure notice not read. A marketplace for rented accounts, not a candidate’s own site',
  },
  {
    domain: 'wkjllc.com',
    siteName: 'Tony WKJ LLC',
    action: SEIZURE,
    sourceId: SOURCE_ID,
    sourceUrl: SOURCE_URL,
    certainty: `${CERTAINTY}; reports name the company among the shell companies of the June 2025 DOJ case (us25-doj), by name only`,
  },
];
