// What the content script needs: detection and extraction, no test data (issue 9: bundle budget).
import { defineSitePlatform } from '../define-site';
import { extractWellfound } from './extract';
import urlRules from './url-rules';

/** Wellfound (formerly AngelList Talent) public user pages (issue 5). */
export default defineSitePlatform({
  ...urlRules,
  label: 'Wellfound',
  extract: extractWellfound,
});
