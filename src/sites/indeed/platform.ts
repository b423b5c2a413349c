// What the content script needs: detection and extraction, no test data (bundle budget).
import { defineSitePlatform } from '../define-site';
import { extractIndeed } from './extract';
import urlRules from './url-rules';

/** Indeed résumés and candidate profiles. */
export default defineSitePlatform({
  ...urlRules,
  label: 'Indeed',
  extract: extractIndeed,
});
