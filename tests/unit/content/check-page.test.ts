import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanMessageSchema } from '../../../src/core/messages';
import { readThisPage } from '../../../src/content/check-page';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ats = (name: string) => parse(readFileSync(join(FIXTURES, 'ats', name), 'utf8'));

describe('check this page (the content-side script the popup has the background inject)', () => {
  it('reads an unlisted page with the generic candidate reader, as a scan message the background accepts', () => {
    const msg = readThisPage(ats('greenhouse-candidate.html'), 'https://app.ats.example/people/77');
    const parsed = scanMessageSchema.safeParse(msg);
    expect(parsed.success).toBe(true);
    expect(parsed.data!.page.platform).toBe('generic');
    expect(parsed.data!.page.state).toBe('profile');
    expect(parsed.data!.page.snapshot?.name).toBe('Dana Okoro-Smith');
  });

  it("uses the site's own reader on a hiring site's profile", () => {
    const doc = parse(`<html><head><script type="application/ld+json">${JSON.stringify({
      '@context': 'http://schema.org',
      '@graph': [{ '@type': 'Person', name: 'Riley Fenwick', url: 'https://www.linkedin.com/in/riley-fenwick-example/' }],
    })}</script></head><body><main><h1>Riley Fenwick</h1></main></body></html>`);
    const msg = readThisPage(doc, 'https://www.linkedin.com/in/riley-fenwick-example/');
    expect(msg.page.platform).toBe('linkedin');
  });

  it("falls back to the candidate reader on a hiring site's page that is not a profile (a message thread)", () => {
    const msg = readThisPage(ats('unknown-page.html'), 'https://www.linkedin.com/messaging/thread/2-abc/');
    expect(msg.page.platform).toBe('generic');
    expect(msg.page.state).toBe('profile');
    expect(msg.page.snapshot?.emails).toEqual(['jreyeskim.work@example.com']);
  });

  it('a page with nothing of a candidate is reported as not a profile, not as an error', () => {
    const msg = readThisPage(ats('not-a-candidate.html'), 'https://vendor.example/product');
    expect(msg.page).toEqual({ url: 'https://vendor.example/product', platform: 'generic', state: 'not-a-profile', snapshot: null });
  });
});
