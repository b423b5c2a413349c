// What the content script needs: detection and extraction, no test data (issue 9: bundle budget).
import { defineSitePlatform } from '../define-platform';
import { extractWellfound } from './extract';
import { classifyWellfoundUrl, matchesWellfoundHost } from './url';

/** Wellfound (formerly AngelList Talent) public user pages (issue 5). */
export default defineSitePlatform({
  id: 'wellfound',
  label: 'Wellfound',
  matchesHost: matchesWellfoundHost,
  classifyUrl: classifyWellfoundUrl,
  extract: extractWellfound,
});
