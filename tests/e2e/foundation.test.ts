import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_LABEL, BROWSER, contentScriptFiles, launchSession, sessionTabReports, webAccessibleFiles, type Session } from './harness';

const PROFILE_URL = 'https://www.linkedin.com/in/e2e-foundation-sample/';
const OTHER_HOST_URL = 'https://example.org/in/e2e-foundation-sample/';
const PAGE = `<!doctype html><html><head><title>Sample Person | LinkedIn</title></head><body><h1>Sample Person</h1></body></html>`;

describe(`foundation: the built extension in real ${BROWSER_LABEL[BROWSER]}`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchSession();
    await s.route([
      { url: PROFILE_URL, html: PAGE },
      { url: OTHER_HOST_URL, html: PAGE },
    ]);
  });
  afterAll(async () => s?.close());
  afterEach(async () => s?.closeTabs());

  it(`starts the background the built manifest declares (${BROWSER === 'chromium' ? 'a service worker' : 'an MV2 background page'})`, async () => {
    const declared = s.manifest.background?.service_worker ? [s.manifest.background.service_worker] : (s.manifest.background?.scripts ?? []);
    expect(declared.length).toBeGreaterThan(0);
    expect(await s.background.scripts()).toEqual(declared.map((f) => s.extensionOrigin + f));
    const manifest = await s.inExtension((api) => api.runtime.getManifest());
    expect(manifest.name).toBe('Hire Signals');
    // README "Permissions": nothing that reads a page by itself; `scripting` and hosts are optional.
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'contextMenus']);
  });

  const reportedUrls = async () => Object.values(await sessionTabReports(s)).map((r) => r.url);

  it('runs the content script on a routed LinkedIn profile URL', async () => {
    const page = await s.open(PROFILE_URL);
    await expect.poll(reportedUrls, { timeout: 10_000 }).toContain(PROFILE_URL);
    await page.close();
  });

  it('does not run on a host the manifest does not match', async () => {
    const page = await s.open(OTHER_HOST_URL);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await reportedUrls()).not.toContain(OTHER_HOST_URL);
    await page.close();
  });

  it('renders the popup and options pages', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const page = await s.openExtensionPage(path);
      await expect.poll(() => page.text('h1').catch(() => '')).toContain('Hire Signals');
      await page.close();
    }
  });

  it('exposes to pages only the readers the gates import, each to its own site in Chromium, at a per-session address', () => {
    const war = s.manifest.web_accessible_resources ?? [];
    const files = webAccessibleFiles(s.manifest);
    expect(files.length).toBe((s.manifest.content_scripts ?? []).length);
    for (const f of files) expect(f).toMatch(/^reader-[a-z0-9]+\.js$/);
    if (BROWSER === 'chromium') {
      for (const w of war) {
        if (typeof w === 'string') throw new Error(`a Manifest V3 entry without pages: ${w}`);
        const site = w.resources[0]!.replace(/^reader-|\.js$/g, '');
        const gate = (s.manifest.content_scripts ?? []).find((c) => c.js?.includes(`content-${site}.js`));
        expect(w.matches, site).toEqual(gate?.matches);
        expect(w.use_dynamic_url, site).toBe(true);
      }
      // The Chromium that first imported such a file at its per-session address.
      expect(Number(s.manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(132);
    }
  });

  it("ships Preact's renderer in the popup and options pages only, not in a content script or the readers they import", () => {
    // `__k` is the children slot of Preact's virtual nodes: a property name, which minifiers keep.
    const hasPreact = (code: string) => /\b__k\b/.test(code);
    const scripts = contentScriptFiles(s.manifest);
    expect(scripts.filter((f) => f.startsWith('reader-')).length).toBeGreaterThan(0);
    for (const f of scripts) expect(hasPreact(readFileSync(join(s.extensionDir, f), 'utf8')), f).toBe(false);
    const chunks = readdirSync(join(s.extensionDir, 'chunks')).map((f) => readFileSync(join(s.extensionDir, 'chunks', f), 'utf8'));
    expect(chunks.some(hasPreact)).toBe(true);
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
