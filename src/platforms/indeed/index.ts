import { definePlatform } from '../define-platform';

// Placeholder until the indeed extractor lands (issue 5).
export default definePlatform({
  id: 'indeed',
  label: 'indeed',
  matchesHost: () => false,
  classifyUrl: () => ({ kind: 'not-a-profile' }),
  extract: () => ({ state: 'not-a-profile', snapshot: null }),
  examples: [],
});
