import { outlinePage } from '../sites/page-outline';

/**
 * "Copy page outline" (the popup's button), run once in the tab by the
 * background (src/background/check-page.ts): the page's structure with every
 * text and value replaced by its type and length (src/sites/page-outline.ts),
 * for a bug report about a misread page. The popup copies it; nothing of the
 * page's words leaves with it. Never throws: an empty string means "could not".
 */
export function outlineThisPage(doc: Document): string {
  try {
    return outlinePage(doc);
  } catch (err) {
    console.warn('[hire-signals] outline failed', err);
    return '';
  }
}
