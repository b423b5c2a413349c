import { definePlatform } from '../define-platform';

// Placeholder until the upwork extractor lands (issue 5).
export default definePlatform({
  id: 'upwork',
  label: 'upwork',
  matchesHost: () => false,
  classifyUrl: () => ({ kind: 'not-a-profile' }),
  extract: () => ({ state: 'not-a-profile', snapshot: null }),
  examples: [],
});
