import type { GuidanceDocument } from './types';

// Filled from shared/advisories.md §1 (issue 4).
export const DOCUMENTS: GuidanceDocument[] = [
  {
    id: 'us22-adv',
    title: "Guidance on the Democratic People's Republic of Korea Information Technology Workers",
    agencies: ['U.S. Department of State', 'U.S. Department of the Treasury (OFAC)', 'FBI'],
    date: '2022-05-16',
    url: 'https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf',
    kind: 'Joint advisory',
    basis: 'V',
  },
];
