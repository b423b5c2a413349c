// The content script's gate loads this alone: no extractor, no panel (nonProfileScanMs).
import { defineSiteUrlRules } from '../define-site';
import { classifyFiverrUrl } from './classify-url';

export default defineSiteUrlRules({
  id: 'fiverr',
  matchesHost: (host) => host === 'www.fiverr.com' || host === 'fiverr.com',
  classifyUrl: classifyFiverrUrl,
});
