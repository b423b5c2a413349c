import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publicProfilePage } from '../fixtures/seen/make-pages';
import { SAME_TEMPLATE_SWAPPED, TEMPLATE, UNRELATED_SAME_TRADE } from '../fixtures/seen/texts';
import { BROWSER, BROWSER_LABEL, launchSession, type Session } from './harness';
import { clickInPanel, inPanel, waitForPanel } from './panel-probe';

const FIRST = 'https://www.linkedin.com/in/daniel-brooks-dev/';
const SECOND = 'https://www.linkedin.com/in/marek-novak-eng/';
const UNRELATED = 'https://www.linkedin.com/in/lia-costa/';

describe(`template reuse in real ${BROWSER_LABEL[BROWSER]}`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchSession();
    await s.route([
      { url: FIRST, html: publicProfilePage('daniel-brooks-dev', 'Daniel Brooks', 'Senior Full Stack Engineer', TEMPLATE) },
      { url: SECOND, html: publicProfilePage('marek-novak-eng', 'Marek Novak', 'Full Stack Engineer', SAME_TEMPLATE_SWAPPED) },
      { url: UNRELATED, html: publicProfilePage('lia-costa', 'Lia Costa', 'Full Stack Developer', UNRELATED_SAME_TRADE) },
    ]);
  });
  afterAll(async () => s?.close());
  afterEach(async () => s?.closeTabs());

  async function ruleIds(url: string) {
    const page = await s.open(url);
    await waitForPanel(s, page);
    // Give the background's answer time to arrive and the panel to re-render.
    await new Promise((r) => setTimeout(r, 800));
    await clickInPanel(s, page, '.hs-chip');
    const ids = (await inPanel(s, page, '[data-rule-id]')).map((e) => e.attrs['data-rule-id']);
    return { page, ids };
  }

  it('flags the second profile that reuses the first one’s text, linking to the first', async () => {
    const first = await ruleIds(FIRST);
    expect(first.ids).not.toContain('template-reuse');
    await first.page.close();

    const second = await ruleIds(SECOND);
    expect(second.ids).toContain('template-reuse');
    expect((await inPanel(s, second.page, '[data-rule-id="template-reuse"] .hs-evidence a'))[0]?.attrs.href).toBe(FIRST);
    await second.page.close();
  });

  it('never matches a profile with itself on a revisit, and leaves unrelated profiles alone', async () => {
    const again = await ruleIds(FIRST);
    const evidence = (await inPanel(s, again.page, '[data-rule-id="template-reuse"] .hs-evidence')).map((e) => e.text);
    expect(evidence.join(' ')).not.toContain(FIRST);
    await again.page.close();
    const other = await ruleIds(UNRELATED);
    expect(other.ids).not.toContain('template-reuse');
    await other.page.close();
  });

  it('stores fingerprints only, never the profile text', async () => {
    const stored = JSON.stringify(await s.inExtension((api) => api.storage.local.get(null)));
    expect(stored).toContain('daniel-brooks-dev');
    expect(stored).not.toMatch(/full stack engineer|serverless/i);
  });

  it('"Forget all seen profiles" in the options empties the index for the background too', async () => {
    const options = await s.openExtensionPage('options.html');
    await options.click('[data-testid="forget-seen"]');
    await expect.poll(() => options.text('[data-testid="seen-count"]').catch(() => '')).toMatch(/: 0$/);
    await options.close();
    const after = await ruleIds(SECOND);
    expect(after.ids).not.toContain('template-reuse');
    await after.page.close();
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
