import { definePlatform } from '../define-site';
import site from './platform';

/** The platform with its example URLs next to it (design.md "Conventions"): every other detector must reject them. */
export default definePlatform({
  ...site,
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
});
