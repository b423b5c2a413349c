import { definePlatform } from '../define-platform';
import { extractWellfound } from './extract';
import { classifyWellfoundUrl, matchesWellfoundHost } from './url';

/** Wellfound (formerly AngelList Talent) public user pages (issue 5). */
export default definePlatform({
  id: 'wellfound',
  label: 'Wellfound',
  matchesHost: matchesWellfoundHost,
  classifyUrl: classifyWellfoundUrl,
  extract: extractWellfound,
  examples: [
    { url: 'https://wellfound.com/u/ilse-brannigan', kind: 'profile' },
    { url: 'https://wellfound.com/u/tobiah_q.dev/', kind: 'profile' },
    { url: 'https://wellfound.com/company/example-robotics', kind: 'not-a-profile' },
    { url: 'https://wellfound.com/jobs', kind: 'not-a-profile' },
    { url: 'https://wellfound.com/role/r/backend-engineer', kind: 'not-a-profile' },
    { url: 'https://wellfound.com/login', kind: 'login-wall' },
  ],
});
