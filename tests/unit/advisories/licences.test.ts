import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEAL_ATTRIBUTION, SEAL_LIVENESS_PROMPTS } from '../../../src/advisories/seal-framework';

/**
 * What may ship (shared/advisories.md §6.1, §6.4): text adapted from the CC BY-SA framework lives
 * in its own file with attribution and licence and is credited in the README; nothing from the
 * data sets that must not ship is in the code or the extension's public files.
 */
const ROOT = resolve(__dirname, '../../..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const SHIPPED = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'public')), ...files(join(ROOT, 'entrypoints'))];

describe('licences of shipped data', () => {
  it('keeps SEAL-adapted text in its own file, with attribution and licence', () => {
    const own = readFileSync(join(ROOT, 'src/advisories/seal-framework.ts'), 'utf8');
    expect(own).toMatch(/CC BY-SA 4\.0/);
    expect(own).toContain(SEAL_ATTRIBUTION.url);
    expect(SEAL_ATTRIBUTION.licenceUrl).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
    for (const file of SHIPPED.filter((f) => !f.endsWith('seal-framework.ts'))) {
      const text = readFileSync(file, 'utf8');
      for (const prompt of SEAL_LIVENESS_PROMPTS) expect(text.includes(prompt), relative(ROOT, file)).toBe(false);
    }
  });

  it('credits the framework in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/## Credits[\s\S]*Security Alliance[\s\S]*CC BY-SA 4\.0/);
  });

  it('ships nothing from the data sets that must not ship', () => {
    const banned = /gh-fake-analyzer|lazarus-bluenoroff-research|opensanctions|ketman|clera/i;
    for (const file of SHIPPED) expect(banned.test(readFileSync(file, 'utf8')), relative(ROOT, file)).toBe(false);
  });
});
