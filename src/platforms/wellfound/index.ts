import { definePlatform } from '../define-platform';

// Placeholder until the wellfound extractor lands (issue 5).
export default definePlatform({
  id: 'wellfound',
  label: 'wellfound',
  matchesHost: () => false,
  classifyUrl: () => ({ kind: 'not-a-profile' }),
  extract: () => ({ state: 'not-a-profile', snapshot: null }),
  examples: [],
});
