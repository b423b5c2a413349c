import { defineSite } from '../define-site';
import { extract } from './extract';
import { classify, hosts } from './urls';

/** A schema.org Person in JSON-LD or microdata on any other page (shared/platform-pages.md "Any other site"). */
export default defineSite({
  id: 'generic',
  label: 'Other sites',
  hosts,
  urls: {
    classify,
    // Pages on hosts no hiring site claims (tests/unit/sites/registry.test.ts).
    examples: [
      { url: 'https://jobs.example-ats.com/candidates/4821', kind: 'profile' },
      { url: 'https://www.example.org/team/jane-doe', kind: 'profile' },
    ],
  },
  extract,
});
