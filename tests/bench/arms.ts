/**
 * The bench's arms: one browser per arm, all open for the whole run, their
 * page loads interleaved (stats.ts `interleavedOrder`).
 *
 * Why one browser per arm rather than one browser for all: extensions are
 * installed per browser profile, so "no extension", "an empty content script"
 * and "ours" cannot share one. Why all open at once rather than one after the
 * other: the machine's speed drifts by tens of percent within minutes (other
 * builds and browsers on the same two cores), and arms measured one after the
 * other would each see a different machine. Open together and loaded in
 * turns, A B C A B C …, a round's loads are seconds apart and see the same
 * machine; only one page loads at any moment, so the arms never compete with
 * each other. Every arm is launched the same way (same binary, flags,
 * viewport, a fresh profile, every request routed through the same handler),
 * so the only difference between two arms is the extension.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, FIXTURES, launchWithExtension, type ExtensionSession, type Routed } from '../e2e/harness';

export interface Arm {
  /** Printed name: `none`, `empty`, `reference`, `ours`, or an A/B build's label. */
  label: string;
  context: BrowserContext;
  /** The extension's session (its service worker, id); null for the arm without an extension. */
  session: ExtensionSession | null;
  /** True when the arm's content script records our timings (src/content/work-timer.ts) and draws our panel. */
  ours: boolean;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface ArmSpec {
  label: string;
  /** A built extension to load, or null for a browser without any. */
  extensionDir: string | null;
  ours?: boolean;
}

/** A browser with no extension, launched and routed exactly as the harness does with one. */
async function launchBare(): Promise<{ context: BrowserContext; route(pages: Routed[]): void; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'hire-signals-bench-none-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const pages = new Map<string, string>();
  // The same routing as the harness's (fixture pages fulfilled, everything else aborted), so request handling costs the same in every arm.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const body = pages.get(url) ?? pages.get(url.replace(/#.*$/, ''));
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return route.abort('blockedbyclient');
  });
  return {
    context,
    route(list) {
      for (const p of list) pages.set(p.url, p.html ?? readFileSync(join(FIXTURES, p.file!), 'utf8'));
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchArm(spec: ArmSpec, pages: Routed[]): Promise<Arm> {
  const open = (context: BrowserContext) => async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  if (spec.extensionDir === null) {
    const bare = await launchBare();
    bare.route(pages);
    return { label: spec.label, context: bare.context, session: null, ours: false, open: open(bare.context), close: bare.close };
  }
  const session = await launchWithExtension({ extensionDir: spec.extensionDir });
  await session.route(pages);
  return { label: spec.label, context: session.context, session, ours: spec.ours ?? false, open: open(session.context), close: () => session.close() };
}

/**
 * Launches every arm (one at a time: start-up is the heaviest moment), runs
 * `use`, and closes every browser whatever happens.
 */
export async function withArms<T>(specs: ArmSpec[], pages: Routed[], use: (arms: Arm[]) => Promise<T>): Promise<T> {
  const arms: Arm[] = [];
  try {
    for (const spec of specs) arms.push(await launchArm(spec, pages));
    return await use(arms);
  } finally {
    for (const arm of arms) await arm.close().catch(() => {});
  }
}
