import { describe, expect, it } from 'vitest';
import { pageColorScheme } from '../../../src/content/page-scheme';

function doc(html: string, setup?: (d: Document) => void): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.documentElement.innerHTML = html;
  setup?.(d);
  return d;
}

describe('pageColorScheme', () => {
  it('reads an explicit meta color-scheme', () => {
    expect(pageColorScheme(doc('<head><meta name="color-scheme" content="dark"></head><body></body>'))).toBe('dark');
    expect(pageColorScheme(doc('<head><meta name="color-scheme" content="light"></head><body></body>'))).toBe('light');
  });

  it('reads the meta color-scheme from <head> only, not from a large body', () => {
    const filler = '<div><span>text</span></div>'.repeat(50);
    const inBody = doc(`<head></head><body>${filler}</body>`, (d) => {
      const meta = d.createElement('meta');
      meta.setAttribute('name', 'color-scheme');
      meta.setAttribute('content', 'dark');
      d.body.append(meta);
    });
    expect(pageColorScheme(inBody)).toBeNull();
    expect(pageColorScheme(doc(`<head><meta name="color-scheme" content="dark"></head><body>${filler}</body>`))).toBe('dark');
  });

  it('treats "light dark" as no choice (follow the OS)', () => {
    expect(pageColorScheme(doc('<head><meta name="color-scheme" content="light dark"></head><body></body>'))).toBeNull();
  });

  it('reads GitHub-style data-color-mode and LinkedIn-style theme classes on <html>', () => {
    expect(pageColorScheme(doc('<body></body>', (d) => d.documentElement.setAttribute('data-color-mode', 'dark')))).toBe('dark');
    expect(pageColorScheme(doc('<body></body>', (d) => d.documentElement.setAttribute('data-color-mode', 'auto')))).toBeNull();
    expect(pageColorScheme(doc('<body></body>', (d) => d.documentElement.setAttribute('class', 'artdeco theme--dark')))).toBe('dark');
  });

  it('prefers the inline color-scheme on <html> over the meta tag', () => {
    const d = doc('<head><meta name="color-scheme" content="dark"></head><body></body>', (x) => x.documentElement.setAttribute('style', 'color-scheme: light'));
    expect(pageColorScheme(d)).toBe('light');
  });

  it('says nothing for a page without hints and never throws on odd input', () => {
    expect(pageColorScheme(doc('<body></body>'))).toBeNull();
    const huge = doc('<body></body>', (d) => d.documentElement.setAttribute('class', 'x '.repeat(200_000)));
    expect(pageColorScheme(huge)).toBeNull();
  });
});
