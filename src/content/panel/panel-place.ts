import { extensionApi } from '../extension-api';
import { PLACE_KEY, readPlaces, type Corner } from '../../core/panel-corner';

/**
 * The panel's side of the remembered corner (src/core/panel-corner.ts): it
 * only writes, when the recruiter moves it. The corner to draw in arrives
 * with each update from the background, so a first scan touches no storage
 * API in the page's script world and draws as soon as the answer arrives.
 */
export interface CornerStore {
  save(site: string, corner: Corner): Promise<void>;
}

/** The extension's storage; an orphaned copy (extension reloaded) writes nothing. */
export const extensionCornerStore: CornerStore = {
  async save(site, corner) {
    try {
      const storage = extensionApi().storage.local;
      const got = (await storage.get(PLACE_KEY)) as Record<string, unknown>;
      await storage.set({ [PLACE_KEY]: { ...readPlaces(got[PLACE_KEY]), [site]: corner } });
    } catch {
      /* extension gone or storage full: the corner holds for this page only */
    }
  },
};
