import { definePlatform } from '../define-platform';

// Placeholder until the freelancer extractor lands (issue 5).
export default definePlatform({
  id: 'freelancer',
  label: 'freelancer',
  matchesHost: () => false,
  classifyUrl: () => ({ kind: 'not-a-profile' }),
  extract: () => ({ state: 'not-a-profile', snapshot: null }),
  examples: [],
});
