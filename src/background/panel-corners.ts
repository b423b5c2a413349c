import { browser } from 'wxt/browser';
import { PLACE_KEY, readPlaces, type Corner } from '../core/panel-corner';

/**
 * The panel's remembered corner per site, read here and sent with every panel
 * update: the page's script world then needs no storage access to draw the
 * panel where the recruiter left it. A corrupt entry reads as the default.
 */
export async function readPanelCorners(): Promise<Record<string, Corner>> {
  try {
    const got = (await browser.storage.local.get(PLACE_KEY)) as Record<string, unknown>;
    return readPlaces(got[PLACE_KEY]);
  } catch {
    return {};
  }
}
