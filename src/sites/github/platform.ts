// What the content script needs: detection and extraction, no test data (bundle budget).
import { defineSitePlatform } from '../define-site';
import { extractGithub } from './extract';
import urlRules from './url-rules';

export default defineSitePlatform({
  ...urlRules,
  label: 'GitHub',
  extract: extractGithub,
});
