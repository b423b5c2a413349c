// What the content script needs: detection and extraction, no test data (bundle budget).
import { defineSitePlatform } from '../define-site';
import { extractUpwork } from './extract';
import urlRules from './url-rules';

export default defineSitePlatform({
  ...urlRules,
  label: 'Upwork',
  extract: extractUpwork,
});
