import { defineSite } from '../define-site';
import { extract } from './extract';
import { classify, hosts } from './urls';

/** Freelancer.com public profiles (shared/platform-pages.md "Others"; modelled). */
export default defineSite({
  id: 'freelancer',
  label: 'Freelancer.com',
  traits: ['freelance-marketplace'],
  hosts,
  urls: {
    classify,
    // Every other site must reject these (tests/unit/sites/registry.test.ts).
    examples: [
      { url: 'https://www.freelancer.com/u/brisklynx', kind: 'profile' },
      { url: 'https://www.freelancer.com/u/brisklynx?ref_project_id=123', kind: 'profile' },
      { url: 'https://www.freelancer.com/u/Ada_Lumen.dev/', kind: 'profile' },
      { url: 'https://www.freelancer.com/login', kind: 'login-wall' },
      { url: 'https://www.freelancer.com/signup', kind: 'login-wall' },
      { url: 'https://www.freelancer.com/jobs/php', kind: 'not-a-profile' },
      { url: 'https://www.freelancer.com/projects/react-js/build-dashboard-12345', kind: 'not-a-profile' },
      { url: 'https://www.freelancer.com/freelancers/united-states/react', kind: 'not-a-profile' },
      { url: 'https://www.freelancer.com/dashboard', kind: 'not-a-profile' },
      { url: 'https://www.freelancer.com/', kind: 'not-a-profile' },
    ],
  },
  extract,
});
