// The content script's gate loads this alone: no extractor, no panel (nonProfileScanMs).
import { defineSiteUrlRules } from '../define-site';
import { classifyFreelancerUrl } from './classify-url';

export default defineSiteUrlRules({
  id: 'freelancer',
  matchesHost: (host) => host === 'www.freelancer.com' || host === 'freelancer.com',
  classifyUrl: classifyFreelancerUrl,
});
