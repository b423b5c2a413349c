import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';

const PROFILE_URL = 'https://www.linkedin.com/in/e2e-foundation-sample/';
const OTHER_HOST_URL = 'https://example.org/in/e2e-foundation-sample/';
const PAGE = `<!doctype html><html><head><title>Sample Person | LinkedIn</title></head><body><h1>Sample Person</h1></body></html>`;

describe('foundation: the built extension in real Chromium', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchWithExtension();
    await s.route([
      { url: PROFILE_URL, html: PAGE },
      { url: OTHER_HOST_URL, html: PAGE },
    ]);
  });
  afterAll(async () => s?.close());

  it('starts the service worker from the built manifest', async () => {
    expect(s.serviceWorker.url()).toBe(`chrome-extension://${s.extensionId}/background.js`);
    const manifest = await s.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Hire Signals');
    expect(manifest.permissions).toEqual(['storage']);
  });

  async function sessionReports(): Promise<Record<string, { url: string }>> {
    return s.serviceWorker.evaluate(() => chrome.storage.session.get(null)) as Promise<Record<string, { url: string }>>;
  }

  it('runs the content script on a routed LinkedIn profile URL', async () => {
    const page = await s.open(PROFILE_URL);
    await expect.poll(async () => Object.values(await sessionReports()).map((r) => r.url), { timeout: 10_000 }).toContain(PROFILE_URL);
    await page.close();
  });

  it('does not run on a host the manifest does not match', async () => {
    const page = await s.open(OTHER_HOST_URL);
    await page.waitForTimeout(1000);
    expect(Object.values(await sessionReports()).map((r) => r.url)).not.toContain(OTHER_HOST_URL);
    await page.close();
  });

  it('renders the popup and options pages', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const page = await s.context.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/${path}`);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('Hire Signals');
      await page.close();
    }
  });

  it('ships Preact\'s renderer in the popup and options pages only, not in a content script', () => {
    // `__k` is the children slot of Preact's virtual nodes: a property name, which minifiers keep.
    const hasPreact = (code: string) => /\b__k\b/.test(code);
    const scripts = readdirSync(EXTENSION_DIR).filter((f) => /^(content|reader)-[a-z]+\.js$/.test(f));
    expect(scripts).toHaveLength(14);
    for (const f of scripts) expect(hasPreact(readFileSync(join(EXTENSION_DIR, f), 'utf8')), f).toBe(false);
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => readFileSync(join(EXTENSION_DIR, 'chunks', f), 'utf8'));
    expect(chunks.some(hasPreact)).toBe(true);
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
