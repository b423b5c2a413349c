import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from './harness';

/**
 * axe-core in an extension page: the page's CSP (`script-src 'self'`) refuses an
 * injected <script> tag, so the source is evaluated through the browser's automation protocol instead.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page; returns the violations as "id: target" strings (empty = accessible). */
export async function runAxe(page: Tab): Promise<string[]> {
  await page.evaluateSource(`${AXE_SOURCE};undefined`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
