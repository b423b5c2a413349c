import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const dir = process.argv[2];
const extra = process.argv.slice(3);
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/f-sw-'), { executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', ...extra] });
const t0 = Date.now();
const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker', { timeout: 20000 }).catch(() => null);
console.log(dir, extra, 'sw', sw?.url(), Date.now() - t0);
await ctx.close();
