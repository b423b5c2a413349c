// First import: the script's start is taken before any other module evaluates (issue 9).
import '../src/content/script-start';
import platform from '../src/platforms/freelancer/platform';
import { PLATFORM_HOST_MATCHES } from '../src/platforms/hosts';
import { runContentScript } from '../src/content/run-content-script';

// One content script per platform, carrying only its own extractor (issue 9).
// Nothing is evaluated here: the background does it (src/background/scan-service.ts).
export default defineContentScript({
  matches: [...PLATFORM_HOST_MATCHES.freelancer],
  runAt: 'document_idle',
  // Old copies of this script are stopped by WXT's DOM event alone: no window message that
  // every page `message` listener would receive, and ~3 ms less on each page's start (issue 9).
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx, platform),
});
