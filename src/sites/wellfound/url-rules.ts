// The content script's gate loads this alone: no extractor, no panel (nonProfileScanMs).
import { defineSiteUrlRules } from '../define-site';
import { classifyWellfoundUrl, matchesWellfoundHost } from './url';

export default defineSiteUrlRules({
  id: 'wellfound',
  matchesHost: matchesWellfoundHost,
  classifyUrl: classifyWellfoundUrl,
});
