import { definePlatform } from '../define-site';
import site from './platform';

/** The platform with its example URLs next to it (design.md "Conventions"): every other detector must reject them. */
export default definePlatform({
  ...site,
  examples: [
    { url: 'https://wellfound.com/u/ilse-brannigan', kind: 'profile' },
    { url: 'https://wellfound.com/u/tobiah_q.dev/', kind: 'profile' },
    { url: 'https://wellfound.com/company/example-robotics', kind: 'not-a-profile' },
    { url: 'https://wellfound.com/jobs', kind: 'not-a-profile' },
    { url: 'https://wellfound.com/role/r/backend-engineer', kind: 'not-a-profile' },
    { url: 'https://wellfound.com/login', kind: 'login-wall' },
  ],
});
