import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '../../../fixtures/linkedin');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8');
}

/** Parse without running scripts (DOMParser documents are inert). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(name: string): Document {
  return parseHtml(fixtureHtml(name));
}

export interface Expected {
  url: string;
  state: string;
  snapshot: Record<string, unknown> | null;
}

export function expectedFor(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as Expected;
}
