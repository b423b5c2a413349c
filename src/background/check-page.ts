import { browser } from 'wxt/browser';
import { scanMessageSchema, type PageActionAnswer } from '../core/messages';
import type { ScanService } from './scan-service';

/**
 * The popup's page actions on the current tab: "Check this page" and "Copy
 * page outline". Each injects one content-side script into that tab, once
 * (`scripting.executeScript` with a file: nothing stays registered), under
 * the access the user gave by opening the popup on it (`activeTab`) and the
 * optional `scripting` permission the popup asked for in the same click. No
 * host permission is involved. The script reads the page and returns what it
 * read; the page never evaluates: the answer is parsed here like any content
 * script's message and evaluated by the scan service, whose report reaches
 * the popup as usual (hs:tab-report).
 */

/** The unlisted scripts' files (entrypoints/check-page.ts, entrypoints/page-outline.ts). */
export const CHECK_PAGE_FILE = '/check-page.js' as const;
export const OUTLINE_PAGE_FILE = '/page-outline.js' as const;

export interface PageActions {
  checkPage(tabId: number): Promise<PageActionAnswer>;
  outlinePage(tabId: number): Promise<PageActionAnswer>;
}

/** Largest outline passed on: a page's structure, never megabytes. */
const MAX_OUTLINE_CHARS = 2_000_000;

/** The scripting API, when the optional permission is granted (absent otherwise). */
function scripting(): typeof browser.scripting | undefined {
  try {
    return (browser as { scripting?: typeof browser.scripting }).scripting;
  } catch {
    return undefined;
  }
}

/** Runs one file in the tab's top frame; the script's value, or why not. */
async function runFile(tabId: number, file: typeof CHECK_PAGE_FILE | typeof OUTLINE_PAGE_FILE): Promise<{ value: unknown } | { reason: 'no-permission' | 'cannot-read' }> {
  const api = scripting();
  if (!api?.executeScript) return { reason: 'no-permission' };
  try {
    const [first] = await api.executeScript({ target: { tabId }, files: [file] });
    return { value: first?.result };
  } catch (err) {
    // No access to the tab (a browser page, the web store, a tab the popup was not opened on).
    console.warn('[hire-signals] could not read the tab', err);
    return { reason: 'cannot-read' };
  }
}

export function createPageActions(scans: Pick<ScanService, 'scan'>): PageActions {
  return {
    async checkPage(tabId) {
      const ran = await runFile(tabId, CHECK_PAGE_FILE);
      if ('reason' in ran) return { ok: false, reason: ran.reason };
      const parsed = scanMessageSchema.safeParse(ran.value);
      if (!parsed.success) return { ok: false, reason: 'not-read' };
      const update = await scans.scan(tabId, parsed.data).catch((err) => {
        console.warn('[hire-signals] scan failed', err);
        return null;
      });
      return update ? { ok: true } : { ok: false, reason: 'not-read' };
    },
    async outlinePage(tabId) {
      const ran = await runFile(tabId, OUTLINE_PAGE_FILE);
      if ('reason' in ran) return { ok: false, reason: ran.reason };
      if (typeof ran.value !== 'string' || ran.value.length === 0) return { ok: false, reason: 'not-read' };
      return { ok: true, outline: ran.value.slice(0, MAX_OUTLINE_CHARS) };
    },
  };
}
