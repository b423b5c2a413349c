import { describe, expect, it } from 'vitest';
import { extract as extractLinkedIn } from '../../../../src/sites/linkedin/extract';
import { profileSnapshotSchema } from '../../../../src/core/snapshot-schema';
import { loadFixture, parseHtml } from './load-fixture';

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

describe('LinkedIn: hostile page', () => {
  const doc = loadFixture('hostile');
  const result = extractLinkedIn(doc, 'https://www.linkedin.com/in/eve-hostile-test/');
  const snap = result.snapshot!;

  it('still reads the profile, as plain text', () => {
    expect(result.state).toBe('profile');
    expect(snap.name).toBe('Eve <img src=x onerror=alert(1)> Ortiz');
    expect(snap.headline).toBe('<script>alert("x")</script> Engineer | javascript:alert(1)');
    expect(snap.about).toContain('<script>document.cookie</script>');
  });

  it('strips bidi and zero-width marks and bounds the 200 KB about', () => {
    for (const v of [snap.name, snap.headline, snap.about]) expect(v).not.toMatch(INVISIBLE);
    expect(snap.about!.length).toBeLessThanOrEqual(20_000);
  });

  it('drops javascript: and data: links, keeps http(s) ones', () => {
    expect(snap.links).toEqual(['https://safe.example.org/']);
  });

  it('validates against the schema', () => {
    expect(profileSnapshotSchema.safeParse(snap).success).toBe(true);
  });

  it('did not run the page scripts', () => {
    expect((globalThis as Record<string, unknown>).__hostileRan).toBeUndefined();
  });
});

describe('LinkedIn: malformed pages never throw', () => {
  const url = 'https://www.linkedin.com/in/broken-page/';
  const cases: Record<string, string> = {
    empty: '',
    'bad JSON-LD': '<meta property="og:type" content="profile"><script type="application/ld+json">{"@graph":[{"@type":"Person","name":</script>',
    'JSON-LD with wrong types': '<meta property="og:type" content="profile"><script type="application/ld+json">{"@graph":[{"@type":"Person","name":42,"worksFor":"x","alumniOf":[null,1,{"member":"y"}],"knowsLanguage":{"name":{"x":1}},"interactionStatistic":[{"userInteractionCount":"lots"}],"address":[1]}]}</script>',
    'bad voyager JSON': '<code id="bpr-guid-1">{"included":[{"$type":</code><div id="experience"></div><section></section>',
    'deeply nested voyager JSON': `<code id="bpr-guid-2">${'['.repeat(5000)}${']'.repeat(5000)}</code><main><section><h1>Only A Name</h1></section></main>`,
    'anchors without sections': '<div id="about"></div><div id="experience"></div><a href="/in/x/overlay/contact-info/">Contact info</a>',
  };
  for (const [label, html] of Object.entries(cases)) {
    it(label, () => {
      const r = extractLinkedIn(parseHtml(html), url);
      if (r.snapshot) expect(profileSnapshotSchema.safeParse(r.snapshot).success).toBe(true);
      else expect(r.state).not.toBe('profile');
    });
  }

  it('a voyager Profile for a different slug is not used', () => {
    const other = { $type: 'com.linkedin.voyager.dash.identity.profile.Profile', firstName: 'Someone', lastName: 'Else', publicIdentifier: 'someone-else', objectUrn: 'urn:li:member:5' };
    const html = `<title>Broken Page | LinkedIn</title><code id="bpr-guid-9">${JSON.stringify({ included: [other] }).replace(/</g, '&lt;')}</code><main><section><h1>Broken Page</h1></section></main>`;
    const snap = extractLinkedIn(parseHtml(html), url).snapshot!;
    expect(snap.name).toBe('Broken Page');
    expect(snap.accountNumber).toBeNull();
    expect(snap.accountId).toBe('broken-page');
  });
});
