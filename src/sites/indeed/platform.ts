// What the content script needs: detection and extraction, no test data (issue 9: bundle budget).
import { defineSitePlatform } from '../define-site';
import { extractIndeed } from './extract';
import urlRules from './url-rules';

/** Indeed résumés and candidate profiles (issue 5). */
export default defineSitePlatform({
  ...urlRules,
  label: 'Indeed',
  extract: extractIndeed,
});
