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
  /**
   * The name is also used by unrelated, ordinary companies elsewhere (e.g. "Fortuna LLC"), so a
   * match alone says little: a rule should ask for a second detail (location) before weighing it.
   */
  commonName?: boolean;
  /**
   * Match only with the legal form: the name without it is an ordinary phrase
   * ("an independent lab"), so "Independent Lab" alone must not match "Independent Lab LLC".
   */
  keepLegalForm?: boolean;
}

/**
 * Designations that the digest reports for an entity but that have no row of their own in its
 * §1 (the ROK list of 2023-05-23 is known only from Korean reporting citing MOFA, §3.2 notes).
 * An entity's `sourceIds` resolve to a catalogue document or to one of these.
 */
export const ENTITY_ACTIONS: Readonly<Record<string, { title: string; date: string; url: string; basis: string }>> = {
  'kr23-sanc-may': {
    title: 'ROK designations of 2023-05-23 (Chinyong, Tongmyong Technology Trade Company, Kumsong Academy), as reported citing MOFA',
    date: '2023-05-23',
    url: 'http://www.nkeconomy.com/news/articleView.html?idxno=11796',
    basis: 'S',
  },
};

// From shared/advisories.md §3.2; kept sorted by name (a data test checks it). Designated
// individuals are deliberately left out. Aliases are only the spellings a source shows, minus
// bare words that would hit innocent text: "Osong" is also a South Korean town and biotech
// cluster, and "KBS" (given for Sobaeksu) is a broadcaster's name. §3.2's "Ministry of Defense /
// KPA units" is too generic to match and is left out; the other dispatching organisations of
// us22-adv are kept under their full, specific names.
export const FRONT_COMPANIES: readonly FrontCompany[] = [
  {
    name: '110th Research Center',
    aliases: [],
    location: 'DPRK (cyber unit, not an IT-worker front)',
    action: 'OFAC 2023-05-23',
    sourceIds: ['us23-ofac'],
    sourceUrl: 'https://laotiantimes.com/2023/05/25/us-south-korea-sanction-north-korean-entities-in-laos-china-and-russia',
    basis: 'S',
  },
  {
    name: '313 General Bureau',
    aliases: ['313 General Bureau of the Munitions Industry Department'],
    location: 'DPRK (dispatching organisation)',
    action: 'Named in the 2022-05-16 advisory',
    sourceIds: ['us22-adv'],
    sourceUrl: 'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
    basis: 'V',
  },
  {
    name: 'Alis LLC',
    // "Alice LLC" is the ROK list's spelling. Both are names ordinary firms use, so a profile needs
    // the place the designation gives before the match is weighed.
    aliases: ['Alice LLC'],
    location: 'Vladivostok, Russia; subordinate to Chinyong',
    action: 'OFAC 2024-03-27 with the ROK (ROK list 2024-03-28)',
    sourceIds: ['uskr24-sanc-mar'],
    sourceUrl: 'https://complianceconcourse.willkie.com/articles/u-s-sanctions-individuals-and-entities-for-supporting-the-dprk-and-its-weapons-of-mass-destruction-program/',
    basis: 'S',
    commonName: true,
  },
  {
    name: 'Asatryan LLC',
    aliases: ['Asatryan Limited Liability Company'],
    location: 'Russia',
    action: 'OFAC 2025-07-08',
    sourceIds: ['us25-ofac-jul8'],
    sourceUrl: 'https://hackerpranks.com/blog/3640',
    basis: 'S',
    commonName: true,
  },
  {
    name: 'Chinyong Information Technology Cooperation Company',
    aliases: ['Chinyong IT Cooperation Company', 'Jinyong IT Cooperation Company', '진영정보기술개발협조회사'],
    location: 'IT-worker delegations in Russia and Laos',
    // §3.2 notes (2026-12-02): Korean reporting citing MOFA says the ROK designated it the same day.
    action: 'OFAC 2023-05-23; ROK 2023-05-23 (per Korean reporting citing MOFA)',
    sourceIds: ['us23-ofac', 'kr23-sanc-may'],
    sourceUrl: 'https://home.treasury.gov/news/press-releases/jy1498',
    basis: 'P/S',
  },
  {
    name: 'Chonsurim Trading Corporation',
    aliases: ['Chonsurim'],
    location: 'DPRK; worker delegation in Laos',
    action: 'OFAC 2025-01-16',
    sourceIds: ['us25-ofac-jan'],
    sourceUrl: 'https://home.treasury.gov/news/press-releases/jy2790',
    basis: 'P/S',
  },
  {
    name: "Department 53 of the Ministry of the People's Armed Forces",
    aliases: ['Department 53'],
    location: 'DPRK',
    action: 'OFAC 2025-01-16',
    sourceIds: ['us25-ofac-jan'],
    sourceUrl: 'https://home.treasury.gov/news/press-releases/jy2790',
    basis: 'P/S',
  },
  {
    name: 'Education Commission Foreign Trade Office',
    aliases: ['DPRK Education Commission Foreign Trade Office'],
    location: 'DPRK (dispatching organisation)',
    action: 'Named in the 2022-05-16 advisory',
    sourceIds: ['us22-adv'],
    sourceUrl: 'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
    basis: 'V',
  },
  {
    name: 'Fortuna LLC',
    aliases: ['Fortuna Limited Liability Company'],
    location: 'Russia',
    action: 'OFAC 2025-07-08',
    sourceIds: ['us25-ofac-jul8'],
    sourceUrl: 'https://hackerpranks.com/blog/3640',
    basis: 'S',
    commonName: true,
  },
  {
    name: 'Independent Lab LLC',
    aliases: [],
    location: 'United States; shell company run by facilitators (site inditechlab.com)',
    action: 'Named in the June 2025 DOJ Massachusetts case; sentencing 2026',
    sourceIds: ['us25-doj', 'us26-doj-nj'],
    sourceUrl: 'https://www.thealternativedaily.com/inside-north-koreas-shadow-army-fake-it-jobs-stolen-ids-and-millions-laundered-from-americas-fortune-500/?amp=1',
    basis: 'S',
    keepLegalForm: true,
  },
  {
    name: 'Korea Kumjung Economic Information Technology Exchange Corporation',
    aliases: ['Korea Kumjung Economic Information Technology Exchange Corp.', '조선금정경제정보기술교류사'],
    location: 'DPRK; sends IT workers abroad; office in Dandong, PRC',
    action: 'ROK 2024-12-26 (not seen on the OFAC list)',
    sourceIds: ['kr24-sanc-dec'],
    sourceUrl: 'https://eiec.kdi.re.kr/policy/materialView.do?num=261713&pg=&pp=&device=&search_txt=&topic=&type=J&depth1=J0000&depth2=J0700',
    basis: 'S',
  },
  {
    name: 'Korea Mangyongdae Computer Technology Company',
    aliases: ['Korea Mangyongdae Computer Technology Co.'],
    location: 'DPRK; IT-worker delegations in Shenyang and Dandong; Chinese nationals used as banking proxies',
    action: 'OFAC 2025-11-04',
    sourceIds: ['us-ofac-mangyongdae'],
    sourceUrl: 'https://ukmediaobserver.com/article/864795114-u-s-sanctions-target-north-korean-banks-cybercrime-networks',
    basis: 'S',
  },
  {
    name: 'Korea Osong Shipping Co',
    aliases: ['Korea Osong Shipping'],
    location: 'DPRK; worker delegations in Laos since at least 2022; representative in Shenyang',
    action: 'OFAC 2025-01-16',
    sourceIds: ['us25-ofac-jan'],
    sourceUrl: 'https://home.treasury.gov/news/press-releases/jy2790',
    basis: 'P/S',
  },
  {
    name: 'Korea Saenal Trading Corporation',
    aliases: ['Saenal Trading'],
    location: 'DPRK',
    action: 'OFAC 2025-07-08',
    sourceIds: ['us25-ofac-jul8'],
    sourceUrl: 'https://hackerpranks.com/blog/3640',
    basis: 'S',
  },
  {
    name: 'Korea Sinjin Trading Corporation',
    aliases: [],
    location: 'DPRK (linked to the KPA General Political Bureau)',
    action: 'OFAC 2025-08-27',
    sourceIds: ['us25-ofac-aug'],
    sourceUrl: 'https://koreajoongangdaily.joins.com/news/2025-08-28/national/northKorea/US-imposes-new-sanctions-on-North-Korean-individuals-following-cryptocurrency-scheme/2386185',
    basis: 'S',
  },
  {
    name: 'Korea Sobaeksu Trading Company',
    aliases: ['Korea Sobaeksu Trading Corporation'],
    location: 'DPRK; front for the Munitions Industry Department; sent IT teams to Vietnam',
    action: 'OFAC 2025-07-24',
    sourceIds: ['us25-ofac-jul24'],
    sourceUrl: 'https://www.cybersecuritydive.com/news/north-korea-remote-it-worker-sanctions/754087',
    basis: 'S',
  },
  {
    name: 'Korea Songkwang Trading General Corporation',
    aliases: ['Songkwang Trading'],
    location: 'DPRK (contracted to supply IT workers to a Russian firm)',
    action: 'OFAC 2025-07-08',
    sourceIds: ['us25-ofac-jul8'],
    sourceUrl: 'https://hackerpranks.com/blog/3640',
    basis: 'S',
  },
  {
    // The ROK list of 2023-05-23 names a school for gifted IT and cyber students; kept for exact
    // look-ups only (not an employer, unlikely in candidate data).
    name: 'Kumsong Academy',
    aliases: ['금성학원'],
    location: 'DPRK (school for IT and cyber students, not an employer)',
    action: 'ROK 2023-05-23',
    sourceIds: ['kr23-sanc-may'],
    sourceUrl: 'http://www.nkeconomy.com/news/articleView.html?idxno=11796',
    basis: 'S',
  },
  {
    name: 'Liaoning China Trade Industry Co., Ltd.',
    aliases: ['Liaoning China Trade'],
    location: 'PRC (shipped laptops and equipment to Department 53)',
    action: 'OFAC 2025-01-16',
    sourceIds: ['us25-ofac-jan'],
    sourceUrl: 'https://home.treasury.gov/news/press-releases/jy2790',
    basis: 'P/S',
  },
  {
    name: 'Ministry of Atomic Energy Industry',
    aliases: [],
    location: 'DPRK (dispatching organisation)',
    action: 'Named in the 2022-05-16 advisory',
    sourceIds: ['us22-adv'],
    sourceUrl: 'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
    basis: 'V',
  },
  {
    name: 'Pioneer Bencont Star Real Estate',
    aliases: [],
    location: 'UAE; subordinate to Chinyong',
    action: 'OFAC 2024-03-27 with the ROK (ROK list 2024-03-28)',
    sourceIds: ['uskr24-sanc-mar'],
    sourceUrl: 'https://complianceconcourse.willkie.com/articles/u-s-sanctions-individuals-and-entities-for-supporting-the-dprk-and-its-weapons-of-mass-destruction-program/',
    basis: 'S',
  },
  {
    name: 'Pyongyang Information Technology Bureau',
    aliases: ['Pyongyang IT Bureau'],
    location: 'DPRK (dispatching organisation, Science and Education Department)',
    action: 'Named in the 2022-05-16 advisory',
    sourceIds: ['us22-adv'],
    sourceUrl: 'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
    basis: 'V',
  },
  {
    name: 'Pyongyang University of Automation',
    aliases: [],
    location: 'DPRK (cyber training, not an IT-worker front)',
    action: 'OFAC 2023-05-23',
    sourceIds: ['us23-ofac'],
    sourceUrl: 'https://laotiantimes.com/2023/05/25/us-south-korea-sanction-north-korean-entities-in-laos-china-and-russia',
    basis: 'S',
  },
  {
    name: 'Ryujong Credit Bank',
    aliases: [],
    location: 'DPRK (bank, not a front company)',
    action: 'OFAC 2025-11-04',
    sourceIds: ['us-ofac-mangyongdae'],
    sourceUrl: 'https://ukmediaobserver.com/article/864795114-u-s-sanctions-target-north-korean-banks-cybercrime-networks',
    basis: 'S',
  },
  {
    name: 'Shenyang Geumpungri Network Technology Co., Ltd',
    aliases: [],
    location: 'Shenyang, PRC (front for Chinyong)',
    action: 'OFAC 2025-08-27',
    sourceIds: ['us25-ofac-aug'],
    sourceUrl: 'https://koreajoongangdaily.joins.com/news/2025-08-28/national/northKorea/US-imposes-new-sanctions-on-North-Korean-individuals-following-cryptocurrency-scheme/2386185',
    basis: 'S',
  },
  {
    name: 'Technical Reconnaissance Bureau',
    aliases: [],
    location: 'DPRK (cyber unit, not an IT-worker front)',
    action: 'OFAC 2023-05-23',
    sourceIds: ['us23-ofac'],
    sourceUrl: 'https://laotiantimes.com/2023/05/25/us-south-korea-sanction-north-korean-entities-in-laos-china-and-russia',
    basis: 'S',
  },
  {
    name: 'Tongmyong Technology Trade Company',
    aliases: ['동명기술무역회사'],
    location: 'DPRK (under the Munitions Industry Department); sent IT workers to Laos',
    action: 'ROK 2023-05-23',
    sourceIds: ['kr23-sanc-may'],
    sourceUrl: 'http://www.nkeconomy.com/news/articleView.html?idxno=11796',
    basis: 'S',
  },
  {
    name: 'Tony WKJ LLC',
    aliases: [],
    location: 'United States; shell company presented as a venture-backed start-up (site wkjllc.com)',
    action: 'Named in the June 2025 DOJ Massachusetts case; sentencing 2026',
    sourceIds: ['us25-doj', 'us26-doj-nj'],
    sourceUrl: 'https://www.thealternativedaily.com/inside-north-koreas-shadow-army-fake-it-jobs-stolen-ids-and-millions-laundered-from-americas-fortune-500/?amp=1',
    basis: 'S',
    keepLegalForm: true,
  },
  {
    name: 'Volasys Silver Star',
    aliases: ['Volasys Silverstar'],
    location: 'Vladivostok, Russia',
    action: 'OFAC 2018-09-13 (Russia-based front set up in early 2017); DOJ 2023-10-18 and 2024-12-12',
    sourceIds: ['us18-ofac', 'us23-doj', 'us24-doj'],
    sourceUrl: 'https://home.treasury.gov/news/press-releases/sm481',
    basis: 'P',
  },
  {
    name: 'Yanbian Silverstar Network Technology Co., Ltd.',
    aliases: ['China Silver Star', 'Yanbian Silverstar', '延边银星网络科技有限公司'],
    location: 'Yanbian, Jilin, PRC',
    action: 'OFAC 2018-09-13; DOJ seizure 2023-10-18; indictment 2024-12-12',
    sourceIds: ['us18-ofac', 'us23-doj', 'us24-doj'],
    sourceUrl: 'https://home.treasury.gov/news/press-releases/sm481',
    basis: 'P',
  },
];
