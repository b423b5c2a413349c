import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/start-background';
import type { SeenMatch } from '../../../src/core/rule';
import { SeenStore } from '../../../src/seen/seen-storage';
import { defaultSettings } from '../../../src/settings/schema';
import { saveSettings } from '../../../src/settings/storage';
import { CLEAN_BODY, CLEAN_BODY_PAGE_2 } from '../../fixtures/resumes/texts';

const TEXT = [...CLEAN_BODY, ...CLEAN_BODY_PAGE_2].join('\n');
const fromPopup = () => ({ url: fakeBrowser.runtime.getURL('/popup.html') });

async function send(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return answers.find((a) => a !== undefined);
}
const resume = (name: string, text = TEXT.replace(/Morgan Ellery/g, name)) => ({ type: 'hs:resume-seen', name, fileName: `${name}.pdf`, text });

describe('hs:resume-seen (résumé files join the seen index in the background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground({ seen: new SeenStore() });
  });

  it('the same résumé text under another name matches the first; the text is not stored', async () => {
    expect(await send(resume('Morgan Ellery'), fromPopup())).toEqual([]);
    const matches = (await send(resume('Taylor Brandt'), fromPopup())) as SeenMatch[];
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ url: 'resume:Morgan Ellery', kind: 'resume' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Northbridge');
  });

  it('checking the same person again matches nothing', async () => {
    await send(resume('Morgan Ellery'), fromPopup());
    expect(await send(resume('Morgan Ellery'), fromPopup())).toEqual([]);
  });

  it('is off with template reuse switched off', async () => {
    await saveSettings({ ...defaultSettings(), templateReuse: { ...defaultSettings().templateReuse, enabled: false } });
    await send(resume('Morgan Ellery'), fromPopup());
    expect(await send(resume('Taylor Brandt'), fromPopup())).toEqual([]);
  });

  it('is taken from extension pages only', async () => {
    expect(await send(resume('Morgan Ellery'), { tab: { id: 4 }, url: 'https://www.linkedin.com/in/x/' })).toBeUndefined();
  });
});
