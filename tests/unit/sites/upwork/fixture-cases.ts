import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { SitePlatform } from '../../../../src/sites/define-site';
import type { PageState } from '../../../../src/core/snapshot';
import { profileSnapshotSchema } from '../../../../src/core/snapshot-schema';

/**
 * Shared by the Upwork, GitHub, Fiverr and Freelancer.com fixture tests:
 * every `<name>.html` under tests/fixtures/<site>/ has a `<name>.expected.json`
 * stating the URL it was "opened" at, the page state and, for profiles, the
 * full snapshot, compared field by field.
 */
export interface FixtureCase {
  name: string;
  html: string;
  url: string;
  state: PageState;
  snapshot: Record<string, unknown> | null;
}

export function loadFixtures(site: string): FixtureCase[] {
  const dir = join(__dirname, '../../../fixtures', site);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, '');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Omit<FixtureCase, 'name' | 'html'>;
      return { name, html: readFileSync(join(dir, f), 'utf8'), ...expected };
    });
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Extract a fixture and compare state, every expected field, and the schema. */
export function checkFixture(platform: SitePlatform, c: FixtureCase): void {
  const result = platform.extract(parseHtml(c.html), c.url);
  expect(result.state).toBe(c.state);
  if (!c.snapshot) {
    expect(result.snapshot).toBeNull();
    return;
  }
  expect(result.snapshot).not.toBeNull();
  const got = result.snapshot as unknown as Record<string, unknown>;
  for (const [field, want] of Object.entries(c.snapshot)) {
    expect({ field, value: got[field] }).toEqual({ field, value: want });
  }
  expect(Object.keys(got).sort()).toEqual(Object.keys(c.snapshot).sort());
  expect(profileSnapshotSchema.safeParse(got).success).toBe(true);
}
