import platform from '../src/platforms/linkedin/platform';
import { PLATFORM_HOST_MATCHES } from '../src/platforms/hosts';
import { runContentScript } from '../src/content/run-content-script';

// One content script per platform, carrying only its own extractor (issue 9).
// Nothing is evaluated here: the background does it (src/background/scan-service.ts).
export default defineContentScript({
  matches: [...PLATFORM_HOST_MATCHES.linkedin],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, platform),
});
