import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPanelCorners } from '../../../../src/background/panel-corners';
import { nextCorner, PLACE_KEY, readPlaces } from '../../../../src/core/panel-corner';
import { extensionCornerStore } from '../../../../src/content/panel/panel-place';

describe('the panel corner, remembered per site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('cycles clockwise through the four corners', () => {
    expect([nextCorner('bottom-right'), nextCorner('bottom-left'), nextCorner('top-left'), nextCorner('top-right')]).toEqual([
      'bottom-left',
      'top-left',
      'top-right',
      'bottom-right',
    ]);
  });

  it('keeps the valid entries of a stored map and drops the corrupt ones', () => {
    expect(readPlaces({ linkedin: 'top-left', upwork: 'middle', github: 3, [`${'x'.repeat(50)}`]: 'top-right' })).toEqual({ linkedin: 'top-left' });
    for (const bad of [null, 7, 'top-left', ['top-left'], undefined]) expect(readPlaces(bad)).toEqual({});
  });

  it('the panel saves one site without touching another; the background reads them back, a corrupt store as none', async () => {
    await extensionCornerStore.save('linkedin', 'top-left');
    await extensionCornerStore.save('github', 'bottom-left');
    expect(await readPanelCorners()).toEqual({ linkedin: 'top-left', github: 'bottom-left' });
    expect(await fakeBrowser.storage.local.get(PLACE_KEY)).toEqual({ [PLACE_KEY]: { linkedin: 'top-left', github: 'bottom-left' } });
    await fakeBrowser.storage.local.set({ [PLACE_KEY]: 'garbage' });
    expect(await readPanelCorners()).toEqual({});
    await extensionCornerStore.save('upwork', 'top-right');
    expect(await fakeBrowser.storage.local.get(PLACE_KEY)).toEqual({ [PLACE_KEY]: { upwork: 'top-right' } });
  });
});
