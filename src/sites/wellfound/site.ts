import { defineSite } from '../define-site';
import { extract } from './extract';
import { classify, hosts } from './urls';

/** Wellfound (formerly AngelList Talent) public user pages (shared/platform-pages.md "Others"; modelled). */
export default defineSite({
  id: 'wellfound',
  label: 'Wellfound',
  hosts,
  urls: {
    classify,
    // Every other site must reject these (tests/unit/sites/registry.test.ts).
    examples: [
      { url: 'https://wellfound.com/u/ilse-brannigan', kind: 'profile' },
      { url: 'https://wellfound.com/u/tobiah_q.dev/', kind: 'profile' },
      { url: 'https://wellfound.com/company/example-robotics', kind: 'not-a-profile' },
      { url: 'https://wellfound.com/jobs', kind: 'not-a-profile' },
      { url: 'https://wellfound.com/role/r/backend-engineer', kind: 'not-a-profile' },
      { url: 'https://wellfound.com/login', kind: 'login-wall' },
    ],
  },
  extract,
});
