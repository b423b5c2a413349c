import { browser } from 'wxt/browser';
import { t } from '../core/i18n';
import { SELECTION_CHECK_KEY, type SelectionCheck } from '../core/messages';

/**
 * "Check with Hire Signals" on selected text, anywhere (`contextMenus`, no host
 * permission: the browser hands the selection to the menu's click). The text
 * is kept for the session only and shown, checked like pasted text, in a
 * small extension window (entrypoints/selection/, the popup's lookup engine).
 */

export const SELECTION_MENU_ID = 'hs-check-selection';
export const SELECTION_PAGE = '/selection.html' as const;
/** The lookup reads at most this much (src/core/rule-input.ts MAX_PROFILE_TEXT). */
const MAX_SELECTION_CHARS = 200_000;

/** The menu API: `contextMenus` in Chrome, also aliased in Firefox under that name when the manifest says `contextMenus`. */
function menus() {
  return browser.contextMenus;
}

/** The menu item, (re)created at each start: Firefox's persistent background page does not keep menus across restarts. */
export async function createSelectionMenu(): Promise<void> {
  try {
    await menus().removeAll();
    menus().create({ id: SELECTION_MENU_ID, title: t('reach.menu.checkSelection'), contexts: ['selection'] });
  } catch (err) {
    console.warn('[hire-signals] could not add the selection menu', err);
  }
}

/** The menu's click: keep the selection, open the result window. */
export async function onSelectionMenuClick(info: { menuItemId: string | number; selectionText?: string; pageUrl?: string }): Promise<void> {
  if (info.menuItemId !== SELECTION_MENU_ID) return;
  const text = (info.selectionText ?? '').slice(0, MAX_SELECTION_CHARS);
  // Where the selection waits for its window; `storage.session` is gone when the browser closes.
  const check: SelectionCheck = { text, pageUrl: info.pageUrl?.slice(0, 4096) ?? null, at: new Date().toISOString() };
  await browser.storage.session.set({ [SELECTION_CHECK_KEY]: check });
  const url = browser.runtime.getURL(SELECTION_PAGE);
  try {
    await browser.windows.create({ url, type: 'popup', width: 440, height: 640 });
  } catch {
    // No windows API (Firefox for Android): a tab instead.
    await browser.tabs.create({ url });
  }
}

/**
 * Registers the menu and its listener (synchronously, at the background's
 * start). The listener is also left on the background's global as
 * `hireSignalsSelectionMenu`, because automation cannot open a browser's
 * native context menu: the E2E tests call the same listener the menu calls.
 */
export function startSelectionMenu(global: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<void> {
  global['hireSignalsSelectionMenu'] = onSelectionMenuClick;
  try {
    menus().onClicked.addListener((info) => void onSelectionMenuClick(info));
  } catch {
    // No menus in this browser (Firefox for Android) or context (a test's fake browser).
    return Promise.resolve();
  }
  return createSelectionMenu();
}
