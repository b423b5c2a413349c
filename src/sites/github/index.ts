import { definePlatform } from '../define-site';
import site from './platform';

/** The platform with its example URLs next to it (design.md "Conventions"): every other detector must reject them. */
export default definePlatform({
  ...site,
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
});
