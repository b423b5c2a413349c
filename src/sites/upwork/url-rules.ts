// The content script's gate loads this alone: no extractor, no panel (nonProfileScanMs).
import { defineSiteUrlRules } from '../define-site';
import { classifyUpworkUrl } from './classify-url';

export default defineSiteUrlRules({
  id: 'upwork',
  matchesHost: (host) => host === 'www.upwork.com' || host === 'upwork.com',
  classifyUrl: classifyUpworkUrl,
});
