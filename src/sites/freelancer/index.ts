import { definePlatform } from '../define-site';
import site from './platform';

/** The platform with its example URLs next to it (design.md "Conventions"): every other detector must reject them. */
export default definePlatform({
  ...site,
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
});
