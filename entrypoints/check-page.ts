import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readThisPage } from '../src/content/check-page';

// Injected once by the background for "Check this page"; its value is the scan message (src/content/check-page.ts).
export default defineUnlistedScript(() => readThisPage(document, location.href));
