import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidateProfile, profileGeoText, PROFILE_TYPE, readVoyager } from '../../../../src/sites/linkedin/voyager';
import { parseHtml } from './load-fixture';

const GEO = 'com.linkedin.voyager.dash.common.Geo';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(blocks: Array<{ request: string; body: unknown }>): Document {
  const html = blocks
    .map((b, i) => `<code id="datalet-bpr-guid-${i}">${esc(JSON.stringify({ request: b.request }))}</code><code id="bpr-guid-${i}">${esc(JSON.stringify(b.body))}</code>`)
    .join('\n');
  return parseHtml(`<!doctype html><html><body>${html}</body></html>`);
}

const profile = (slug: string, geo: string) => ({ $type: PROFILE_TYPE, publicIdentifier: slug, firstName: 'Sam', geoLocation: { '*geo': geo } });
const feed = { request: '/voyager/api/feed/updatesV2?count=10', body: { included: Array.from({ length: 5 }, (_, i) => ({ $type: 'Update', entityUrn: `urn:li:activity:${i}`, text: 'feed text' })) } };

describe('readVoyager: only responses that name the candidate are parsed up front', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds the candidate and leaves unrelated responses unparsed', () => {
    const doc = page([feed, feed, { request: '/voyager/api/graphql?x', body: { included: [profile('sam-sample', 'urn:li:fsd_geo:1'), { $type: GEO, entityUrn: 'urn:li:fsd_geo:1', defaultLocalizedName: 'Austin, Texas, United States' }] } }]);
    const parse = vi.spyOn(JSON, 'parse');
    const data = readVoyager(doc, 'sam-sample');
    const bodies = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.includes('included'));
    expect(bodies).toHaveLength(1);
    const p = candidateProfile(data, 'sam-sample')!;
    expect(profileGeoText(p, (u) => data.byUrn(u))).toBe('Austin, Texas, United States');
  });

  it('resolves a reference that lives in another response, but never from the viewer’s own', () => {
    const doc = page([
      { request: '/voyager/api/me', body: { included: [{ $type: GEO, entityUrn: 'urn:li:fsd_geo:2', defaultLocalizedName: 'Viewer Town' }] } },
      { request: '/voyager/api/graphql?profile', body: { included: [profile('sam-sample', 'urn:li:fsd_geo:2')] } },
      feed,
    ]);
    const data = readVoyager(doc, 'sam-sample');
    expect(profileGeoText(candidateProfile(data, 'sam-sample')!, (u) => data.byUrn(u))).toBeNull();

    const doc2 = page([
      { request: '/voyager/api/graphql?profile', body: { included: [profile('sam-sample', 'urn:li:fsd_geo:3')] } },
      { request: '/voyager/api/graphql?geo', body: { included: [{ $type: GEO, entityUrn: 'urn:li:fsd_geo:3', defaultLocalizedName: 'Lisbon, Portugal' }] } },
    ]);
    const data2 = readVoyager(doc2, 'sam-sample');
    expect(profileGeoText(candidateProfile(data2, 'sam-sample')!, (u) => data2.byUrn(u))).toBe('Lisbon, Portugal');
  });

  it('matches the slug whatever its case in the JSON, and parses everything for a slug JSON may escape', () => {
    const mixed = page([feed, { request: '/voyager/api/graphql?p', body: { included: [profile('Sam-Sample', 'urn:li:fsd_geo:9')] } }]);
    expect(candidateProfile(readVoyager(mixed, 'sam-sample'), 'sam-sample')?.firstName).toBe('Sam');
    const escaped = `<code id="datalet-bpr-guid-0">{"request":"/voyager/api/graphql?p"}</code><code id="bpr-guid-0">{"included":[{"$type":"${PROFILE_TYPE}","publicIdentifier":"jos\\u00e9-sample","firstName":"Jo"}]}</code>`;
    const doc = parseHtml(`<!doctype html><html><body>${escaped}</body></html>`);
    expect(candidateProfile(readVoyager(doc, 'josé-sample'), 'josé-sample')?.firstName).toBe('Jo');
  });

  it('falls back to every response when the text search finds no candidate', () => {
    // The slug appears only as a URL-escaped path, not as a JSON string: the fast path misses it.
    const body = JSON.stringify({ included: [profile('sam-sample', 'urn:li:fsd_geo:4')] }).replace('"sam-sample"', '"sam\\u002dsample"');
    const doc = parseHtml(`<!doctype html><html><body><code id="datalet-bpr-guid-0">{"request":"/x"}</code><code id="bpr-guid-0">${esc(body)}</code></body></html>`);
    expect(candidateProfile(readVoyager(doc, 'sam-sample'), 'sam-sample')?.firstName).toBe('Sam');
  });
});
