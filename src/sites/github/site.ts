import { defineSite } from '../define-site';
import { extract } from './extract';
import { classify, hosts } from './urls';

/** GitHub user pages (shared/platform-pages.md "GitHub"). */
export default defineSite({
  id: 'github',
  label: 'GitHub',
  hosts,
  traits: ['public-follow-graph'],
  urls: {
    classify,
    // Every other site must reject these (tests/unit/sites/registry.test.ts).
    examples: [
      { url: 'https://github.com/octo-rowan', kind: 'profile' },
      { url: 'https://github.com/octo-rowan?tab=repositories', kind: 'profile' },
      { url: 'https://github.com/Pixel-Wren42/', kind: 'profile' },
      { url: 'https://github.com/login', kind: 'login-wall' },
      { url: 'https://github.com/login?return_to=%2Focto-rowan', kind: 'login-wall' },
      { url: 'https://github.com/settings/profile', kind: 'not-a-profile' },
      { url: 'https://github.com/orgs/acme-labs/people', kind: 'not-a-profile' },
      { url: 'https://github.com/marketplace', kind: 'not-a-profile' },
      { url: 'https://github.com/explore', kind: 'not-a-profile' },
      { url: 'https://github.com/octo-rowan/dotfiles', kind: 'not-a-profile' },
      { url: 'https://github.com/topics/rust', kind: 'not-a-profile' },
      { url: 'https://github.com/', kind: 'not-a-profile' },
    ],
  },
  extract,
});
