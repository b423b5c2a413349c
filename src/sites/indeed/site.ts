import { defineSite } from '../define-site';
import { extract } from './extract';
import { classify, hosts } from './urls';

/** Indeed résumés and candidate profiles (shared/platform-pages.md "Others"; modelled). */
export default defineSite({
  id: 'indeed',
  label: 'Indeed',
  hosts,
  urls: {
    classify,
    // Every other site must reject these (tests/unit/sites/registry.test.ts).
    examples: [
      { url: 'https://www.indeed.com/r/Mara-T/3f9c2a7b1d0e4c55', kind: 'profile' },
      { url: 'https://uk.indeed.com/r/8a1b2c3d4e5f6071', kind: 'profile' },
      { url: 'https://resumes.indeed.com/resume/5d2e7f90a1b3c4d6', kind: 'profile' },
      { url: 'https://profile.indeed.com/p/oskarv-7h2k9q', kind: 'profile' },
      { url: 'https://www.indeed.com/jobs?q=data+engineer&l=Remote', kind: 'not-a-profile' },
      { url: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b', kind: 'not-a-profile' },
      { url: 'https://www.indeed.com/cmp/Example-Widgets/reviews', kind: 'not-a-profile' },
      { url: 'https://resumes.indeed.com/search?q=golang', kind: 'not-a-profile' },
      { url: 'https://secure.indeed.com/auth?hl=en_US&continue=%2Fr%2FMara-T', kind: 'login-wall' },
    ],
  },
  extract,
});
