import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startUserSiteReader } from '../src/content/user-site';

// Registered at run time for the hosts the user added (src/background/user-sites.ts): the generic candidate reader and the panel.
export default defineUnlistedScript(() => startUserSiteReader());
