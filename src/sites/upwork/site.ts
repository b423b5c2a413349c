import { defineSite } from '../define-site';
import { extract } from './extract';
import { classify, hosts } from './urls';

/** Upwork freelancer profiles (shared/platform-pages.md "Upwork"). */
export default defineSite({
  id: 'upwork',
  label: 'Upwork',
  traits: ['freelance-marketplace'],
  hosts,
  urls: {
    classify,
    // Every other site must reject these (tests/unit/sites/registry.test.ts).
    examples: [
      { url: 'https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9', kind: 'profile' },
      { url: 'https://www.upwork.com/freelancers/~01a2b3c4d5e6f7a8b9?viewMode=1&s=1110580755107926016', kind: 'profile' },
      { url: 'https://www.upwork.com/freelancers/marenvolk', kind: 'profile' },
      { url: 'https://www.upwork.com/o/profiles/users/~0123456789abcdef01/', kind: 'profile' },
      { url: 'https://www.upwork.com/o/profiles/users/_~0123456789abcdef01/', kind: 'profile' },
      { url: 'https://www.upwork.com/ab/account-security/login', kind: 'login-wall' },
      { url: 'https://www.upwork.com/nx/find-work/best-matches', kind: 'not-a-profile' },
      { url: 'https://www.upwork.com/nx/search/talent/?q=react', kind: 'not-a-profile' },
      { url: 'https://www.upwork.com/jobs/~01ffeeddccbbaa9988', kind: 'not-a-profile' },
      { url: 'https://www.upwork.com/agencies/~01aa11bb22cc33dd44', kind: 'not-a-profile' },
      { url: 'https://www.upwork.com/freelancers/search', kind: 'not-a-profile' },
      { url: 'https://www.upwork.com/', kind: 'not-a-profile' },
    ],
  },
  extract,
});
