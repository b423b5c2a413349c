// First import: the script's start is taken before any other module evaluates (issue 9).
import '../src/content/script-start';
import platform from '../src/platforms/freelancer/platform';
import { runContentScript } from '../src/content/run-content-script';

// One content script per platform, carrying only its own extractor (issue 9).
// Nothing is evaluated here: the background does it (src/background/scan-service.ts).
// Declared in the manifest by wxt.config.ts (contentScriptDeclarations): an
// unlisted script, so WXT's content-script context is not built on every page load.
export default defineUnlistedScript(() => runContentScript(platform));
