// What the content script needs: detection and extraction, no test data (issue 9: bundle budget).
import { defineSitePlatform } from '../define-platform';
import { classifyUpworkUrl } from './classify-url';
import { extractUpwork } from './extract';

export default defineSitePlatform({
  id: 'upwork',
  label: 'Upwork',
  matchesHost: (host) => host === 'www.upwork.com' || host === 'upwork.com',
  classifyUrl: classifyUpworkUrl,
  extract: extractUpwork,
});
