/**
 * When this content script began evaluating. Every content-script entry
 * imports this module first, so the bundle evaluates it before any other
 * module (the browser API module, the extractor's tables, the panel):
 * that set-up is our cost to the page too, and the first work slice is
 * measured from here ("from its start to the panel mounted").
 */
export const SCRIPT_START = performance.now();
