// What the content script needs: detection and extraction, no test data (issue 9: bundle budget).
import { defineSitePlatform } from '../define-platform';
import { classifyFreelancerUrl } from './classify-url';
import { extractFreelancer } from './extract';

export default defineSitePlatform({
  id: 'freelancer',
  label: 'Freelancer.com',
  matchesHost: (host) => host === 'www.freelancer.com' || host === 'freelancer.com',
  classifyUrl: classifyFreelancerUrl,
  extract: extractFreelancer,
});
