import type { Indicator } from './types';

// Filled from shared/advisories.md §2 (issue 4).
export const INDICATORS: Indicator[] = [
  {
    id: 'us22-mit-new-account-scrutiny',
    documentId: 'us22-adv',
    section: 'Potential Mitigation Measures › platforms',
    summary: 'Newly created accounts deserve extra scrutiny.',
    whereSeen: ['profile'],
    kind: 'mitigation',
    basis: 'V',
  },
];
