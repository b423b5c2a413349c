import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionApi } from '../../../src/content/extension-api';

/** The content scripts' extension API: the browser's own, Firefox's `browser` or Chromium's `chrome`. */
describe('extensionApi', () => {
  afterEach(() => {
    // Back to what WXT's test setup installs on both globals.
    vi.stubGlobal('browser', fakeBrowser);
    vi.stubGlobal('chrome', fakeBrowser);
  });

  it('takes Firefox\'s promise-based `browser` when it belongs to a live extension', () => {
    const firefox = { runtime: { id: 'hire-signals@hire-signals.example' } };
    vi.stubGlobal('browser', firefox);
    vi.stubGlobal('chrome', { runtime: { id: 'other' } });
    expect(extensionApi()).toBe(firefox);
  });

  it('takes Chromium\'s `chrome` where there is no `browser`', () => {
    const chromium = { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop' } };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chromium);
    expect(extensionApi()).toBe(chromium);
  });

  it('reads the globals at each call: an API that goes (an orphaned copy) is seen going', () => {
    const chromium: { runtime: { id?: string } } = { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop' } };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chromium);
    expect(extensionApi().runtime.id).toBe('abcdefghijklmnopabcdefghijklmnop');
    delete chromium.runtime.id;
    expect(extensionApi().runtime.id).toBeUndefined();
  });
});
