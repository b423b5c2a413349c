// The content script's gate loads this alone: no extractor, no panel (nonProfileScanMs).
import { defineSiteUrlRules } from '../define-site';
import { classifyGithubUrl } from './classify-url';

export default defineSiteUrlRules({
  id: 'github',
  matchesHost: (host) => host === 'github.com' || host === 'www.github.com',
  classifyUrl: classifyGithubUrl,
});
