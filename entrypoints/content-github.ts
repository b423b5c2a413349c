// First import: the script's start is taken before any other module evaluates.
import '../src/content/script-start';
import site from '../src/sites/github/url-rules';
import { runGate } from '../src/content/run-gate';

// The gate of this platform's content script: the URL check and the SPA
// navigation watch, nothing else. The reader (reader-github.ts: extractor,
// messaging, panel) is loaded by the manifest before this file, parked
// unevaluated by the build, and run on the first profile URL only.
// Declared in the manifest by wxt.config.ts (contentScriptDeclarations).
export default defineUnlistedScript(() => runGate(site));
