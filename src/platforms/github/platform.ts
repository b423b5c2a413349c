// What the content script needs: detection and extraction, no test data (issue 9: bundle budget).
import { defineSitePlatform } from '../define-platform';
import { classifyGithubUrl } from './classify-url';
import { extractGithub } from './extract';

export default defineSitePlatform({
  id: 'github',
  label: 'GitHub',
  matchesHost: (host) => host === 'github.com' || host === 'www.github.com',
  classifyUrl: classifyGithubUrl,
  extract: extractGithub,
});
