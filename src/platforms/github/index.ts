import { definePlatform } from '../define-platform';

// Placeholder until the github extractor lands (issue 5).
export default definePlatform({
  id: 'github',
  label: 'github',
  matchesHost: () => false,
  classifyUrl: () => ({ kind: 'not-a-profile' }),
  extract: () => ({ state: 'not-a-profile', snapshot: null }),
  examples: [],
});
