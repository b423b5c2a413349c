// The content script's gate loads this alone: no extractor, no panel (nonProfileScanMs).
import { defineSiteUrlRules } from '../define-site';
import { classifyLinkedInUrl, isLinkedInHost } from './url';

export default defineSiteUrlRules({
  id: 'linkedin',
  matchesHost: isLinkedInHost,
  classifyUrl: classifyLinkedInUrl,
});
