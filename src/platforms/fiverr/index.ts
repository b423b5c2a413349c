import { definePlatform } from '../define-platform';

// Placeholder until the fiverr extractor lands (issue 5).
export default definePlatform({
  id: 'fiverr',
  label: 'fiverr',
  matchesHost: () => false,
  classifyUrl: () => ({ kind: 'not-a-profile' }),
  extract: () => ({ state: 'not-a-profile', snapshot: null }),
  examples: [],
});
