import { definePlatform } from '../define-platform';
import { classifyFreelancerUrl } from './classify-url';
import { extractFreelancer } from './extract';

export default definePlatform({
  id: 'freelancer',
  label: 'Freelancer.com',
  matchesHost: (host) => host === 'www.freelancer.com' || host === 'freelancer.com',
  classifyUrl: classifyFreelancerUrl,
  extract: extractFreelancer,
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
