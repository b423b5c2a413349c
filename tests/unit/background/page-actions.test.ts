import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/start-background';
import { SELECTION_MENU_ID, onSelectionMenuClick } from '../../../src/background/selection-menu';
import { SELECTION_CHECK_KEY, selectionCheckSchema } from '../../../src/core/messages';
import { SeenStore } from '../../../src/seen/seen-storage';

const fromPopup = () => ({ url: fakeBrowser.runtime.getURL('/popup.html') });
const fromTab = () => ({ tab: { id: 4 }, url: 'https://evil.example/' });

async function send(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return answers.find((a) => a !== undefined);
}

describe('page actions and the selection menu (background, fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground({ seen: new SeenStore(), push: async () => false, notify: () => {}, showBadge: async () => {} });
  });

  it('a tab the browser will not let us read (executeScript fails) gets a reason, not a silent failure', async () => {
    // The fake browser's scripting API throws like a browser page or an add-on store would.
    expect(await send({ type: 'hs:check-page', tabId: 7 }, fromPopup())).toEqual({ ok: false, reason: 'cannot-read' });
    expect(await send({ type: 'hs:outline-page', tabId: 7 }, fromPopup())).toEqual({ ok: false, reason: 'cannot-read' });
  });

  it('takes page actions only from the extension’s own pages, with a valid tab id', async () => {
    expect(await send({ type: 'hs:check-page', tabId: 7 }, fromTab())).toBeUndefined();
    expect(await send({ type: 'hs:check-page', tabId: -1 }, fromPopup())).toBeUndefined();
    expect(await send({ type: 'hs:outline-page' }, fromPopup())).toBeUndefined();
  });

  it('the selection menu keeps the selected text for its window, bounded, and ignores other menu items', async () => {
    await onSelectionMenuClick({ menuItemId: 'something-else', selectionText: 'x' }).catch(() => {});
    expect((await fakeBrowser.storage.session.get(SELECTION_CHECK_KEY))[SELECTION_CHECK_KEY]).toBeUndefined();
    // The window itself needs the windows API, which the fake browser lacks: what it reads is stored first.
    await onSelectionMenuClick({ menuItemId: SELECTION_MENU_ID, selectionText: 'pay me in USDT '.repeat(20_000), pageUrl: 'https://mail.example.org/t/1' }).catch(() => {});
    const kept = selectionCheckSchema.parse((await fakeBrowser.storage.session.get(SELECTION_CHECK_KEY))[SELECTION_CHECK_KEY]);
    expect(kept.text.length).toBe(200_000);
    expect(kept.pageUrl).toBe('https://mail.example.org/t/1');
  });
});
