import { describe, expect, it } from 'vitest';
import { asArray, findLdNode, linkHref, meta, microdata, multilineText, readJsonLd, safeHttpUrl, safeJsonParse, text } from '../../../../src/sites/dom-read';
import { parseHtml } from './load-fixture';

describe('dom-read (shared by every extractor)', () => {
  it('safeJsonParse returns null on bad, empty or oversized input', () => {
    expect(safeJsonParse('{"a":1}')).toEqual({ a: 1 });
    expect(safeJsonParse('{"a":')).toBeNull();
    expect(safeJsonParse('   ')).toBeNull();
    expect(safeJsonParse(null)).toBeNull();
    expect(safeJsonParse('[1,2,3]', 3)).toBeNull();
  });

  it('readJsonLd flattens @graph, skips broken scripts and finds typed nodes', () => {
    const doc = parseHtml(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["Thing","Person"],"name":"A"}]}</script><script type="application/ld+json">{broken</script><script type="application/ld+json">[{"@type":"Organization"}]</script>',
    );
    const nodes = readJsonLd(doc);
    expect(nodes).toHaveLength(3);
    expect(findLdNode(nodes, 'Person')?.name).toBe('A');
    expect(findLdNode(nodes, 'Organization')).not.toBeNull();
    expect(findLdNode(nodes, 'Event')).toBeNull();
  });

  it('meta reads name= and property=, cleans, and tolerates quotes in keys', () => {
    const doc = parseHtml('<head><meta name="description" content="  a &amp;amp; b "><meta property="og:type" content="profile"></head>');
    expect(meta(doc, 'description')).toBe('a & b');
    expect(meta(doc, 'og:type')).toBe('profile');
    expect(meta(doc, 'x"] , *[y')).toBeNull();
  });

  it('meta and linkHref read the head only (a miss must not walk a 600 KB body)', () => {
    const doc = parseHtml('<head><link rel="canonical" href="https://a.example/x"></head><body><meta name="pageKey" content="in-body"><link rel="next" href="https://a.example/2"></body>');
    expect(linkHref(doc, 'canonical')).toBe('https://a.example/x');
    expect(doc.body.querySelector('meta[name="pageKey"]')).not.toBeNull();
    expect(meta(doc, 'pageKey')).toBeNull();
    expect(linkHref(doc, 'next')).toBeNull();
  });

  it('text and multilineText read textContent, keep breaks where asked, skip scripts', () => {
    const doc = parseHtml('<div id="a"> one <b>two</b>\u200B </div><div id="b">l1<br>l2<p>p</p><script>x()</script></div>');
    expect(text(doc.getElementById('a'))).toBe('one two');
    expect(text(null)).toBeNull();
    expect(multilineText(doc.getElementById('b'))?.split('\n').filter(Boolean)).toEqual(['l1', 'l2', 'p']);
  });

  it('microdata prefers content/href attributes', () => {
    const doc = parseHtml('<div itemprop="name">Ann</div><a itemprop="url" href="https://a.example/">x</a>');
    expect(microdata(doc, 'name')).toBe('Ann');
    expect(microdata(doc, 'url')).toBe('https://a.example/');
    expect(microdata(doc, 'email')).toBeNull();
  });

  it('safeHttpUrl keeps only http(s)', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('/company/x/', 'https://www.linkedin.com')).toBe('https://www.linkedin.com/company/x/');
    expect(safeHttpUrl('::')).toBeNull();
  });

  it('asArray wraps scalars', () => {
    expect(asArray(null)).toEqual([]);
    expect(asArray(1)).toEqual([1]);
    expect(asArray([1, 2])).toEqual([1, 2]);
  });
});
