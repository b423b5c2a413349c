import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { outlineThisPage } from '../src/content/page-outline';

// Injected once by the background for "Copy page outline"; its value is the outline (src/content/page-outline.ts).
export default defineUnlistedScript(() => outlineThisPage(document));
