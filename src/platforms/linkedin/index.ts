import { definePlatform } from '../define-platform';

// Placeholder until the LinkedIn extractor lands (issue 5): URL shape only.
export default definePlatform({
  id: 'linkedin',
  label: 'LinkedIn',
  matchesHost: (h) => h === 'linkedin.com' || h.endsWith('.linkedin.com'),
  classifyUrl: (u) => ({ kind: /^\/in\/[^/]+/.test(u.pathname) ? 'profile' : 'not-a-profile' }),
  extract: () => ({ state: 'not-a-profile', snapshot: null }),
  examples: [{ url: 'https://www.linkedin.com/in/jane-doe/', kind: 'profile' }],
});
