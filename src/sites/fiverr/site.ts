import { defineSite } from '../define-site';
import { extract } from './extract';
import { classify, hosts } from './urls';

/** Fiverr seller pages (shared/platform-pages.md "Others"; modelled). */
export default defineSite({
  id: 'fiverr',
  label: 'Fiverr',
  traits: ['freelance-marketplace'],
  hosts,
  urls: {
    classify,
    // Every other site must reject these (tests/unit/sites/registry.test.ts).
    examples: [
      { url: 'https://www.fiverr.com/kaitoblaze', kind: 'profile' },
      { url: 'https://www.fiverr.com/kaitoblaze?source=gig_page&ref_ctx_id=abc', kind: 'profile' },
      { url: 'https://www.fiverr.com/lena_ortiz_dev/', kind: 'profile' },
      { url: 'https://www.fiverr.com/login', kind: 'login-wall' },
      { url: 'https://www.fiverr.com/kaitoblaze/build-a-react-dashboard', kind: 'not-a-profile' },
      { url: 'https://www.fiverr.com/categories/programming-tech/website-development', kind: 'not-a-profile' },
      { url: 'https://www.fiverr.com/search/gigs?query=react', kind: 'not-a-profile' },
      { url: 'https://www.fiverr.com/inbox', kind: 'not-a-profile' },
      { url: 'https://www.fiverr.com/pro', kind: 'not-a-profile' },
      { url: 'https://www.fiverr.com/', kind: 'not-a-profile' },
    ],
  },
  extract,
});
