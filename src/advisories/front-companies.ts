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
}

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
    aliases: ['Chinyong IT Cooperation Company', 'Jinyong IT Cooperation Company'],
    location: 'IT-worker delegations in Russia and Laos',
    action: 'OFAC 2023-05-23 (coordinated with ROK; whether ROK designated it is uncertain)',
    sourceIds: ['us23-ofac'],
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
    name: 'Korea Mangyongdae Computer Technology Company',
    aliases: [],
    location: 'DPRK',
    action: 'OFAC, date uncertain',
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
    action: 'OFAC, date uncertain',
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
