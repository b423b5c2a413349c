import platform from '../src/sites/linkedin/platform';
import { readerEntry } from '../src/content/run-reader';

// The reader of this platform's content script: only its own extractor and the
// panel; nothing is evaluated here, the background does it
// (src/background/scan-service.ts). The build wraps this file in a function
// that the gate (content-linkedin.ts) calls on the first profile URL.
export default defineUnlistedScript(() => readerEntry(platform));
