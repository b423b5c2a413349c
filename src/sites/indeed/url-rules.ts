// The content script's gate loads this alone: no extractor, no panel (nonProfileScanMs).
import { defineSiteUrlRules } from '../define-site';
import { classifyIndeedUrl, matchesIndeedHost } from './url';

export default defineSiteUrlRules({
  id: 'indeed',
  matchesHost: matchesIndeedHost,
  classifyUrl: classifyIndeedUrl,
});
