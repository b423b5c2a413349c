// What the content script needs: detection and extraction, no test data (issue 9: bundle budget).
import { defineSitePlatform } from '../define-platform';
import { extractIndeed } from './extract';
import { classifyIndeedUrl, matchesIndeedHost } from './url';

/** Indeed résumés and candidate profiles (issue 5). */
export default defineSitePlatform({
  id: 'indeed',
  label: 'Indeed',
  matchesHost: matchesIndeedHost,
  classifyUrl: classifyIndeedUrl,
  extract: extractIndeed,
});
