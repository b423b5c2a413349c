// What the content script needs: detection and extraction, no test data (bundle budget).
import { defineSitePlatform } from '../define-site';
import { extractWellfound } from './extract';
import urlRules from './url-rules';

/** Wellfound (formerly AngelList Talent) public user pages. */
export default defineSitePlatform({
  ...urlRules,
  label: 'Wellfound',
  extract: extractWellfound,
});
