// What the content script needs: detection and extraction, no test data (issue 9: bundle budget).
import { defineSitePlatform } from '../define-platform';
import { classifyFiverrUrl } from './classify-url';
import { extractFiverr } from './extract';

export default defineSitePlatform({
  id: 'fiverr',
  label: 'Fiverr',
  matchesHost: (host) => host === 'www.fiverr.com' || host === 'fiverr.com',
  classifyUrl: classifyFiverrUrl,
  extract: extractFiverr,
});
