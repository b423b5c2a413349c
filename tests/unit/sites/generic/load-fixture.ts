import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const FIXTURES_DIR = join(__dirname, '../../../fixtures');

export function loadHtml(site: string, file: string): string {
  return readFileSync(join(FIXTURES_DIR, site, file), 'utf8');
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(site: string, file: string): Document {
  return parseHtml(loadHtml(site, file));
}

export function loadExpected(site: string, name: string): { url: string; state: string; snapshot: Record<string, unknown> | null } {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, site, `${name}.expected.json`), 'utf8'));
}

/** Compare field by field so a failure names the field that drifted. */
export function expectFields(actual: Record<string, unknown> | null, expected: Record<string, unknown> | null): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  for (const key of Object.keys(expected)) {
    expect({ field: key, value: actual![key] }).toEqual({ field: key, value: expected[key] });
  }
  // Fields the expectation does not list must not exist either (no silent extras).
  expect(Object.keys(actual!).sort()).toEqual(Object.keys(expected).sort());
}
