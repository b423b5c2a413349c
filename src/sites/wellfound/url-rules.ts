// The content script's gate loads this alone: no extractor, no panel (issue 9: nonProfileScanMs).
import { defineSiteUrlRules } from '../define-site';
import { classifyWellfoundUrl, matchesWellfoundHost } from './url';

export default defineSiteUrlRules({
  id: 'wellfound',
  matchesHost: matchesWellfoundHost,
  classifyUrl: classifyWellfoundUrl,
});
