import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { jsonOutline, outlinePage } from '../../../src/sites/page-outline';

const FIXTURE = join(__dirname, '../../fixtures/cli/outline-hostile.html');

/** A DOM with nothing live, as the CLI builds it. */
function docOf(html: string): Document {
  const w = new Window({ url: 'https://social.example/in/x', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  w.document.write(html);
  return w.document as unknown as Document;
}

/** Every word of four letters or more of the page's data (texts, values, comments, scripts, URLs). */
const SECRETS = [
  'Marguerite', 'Quillfeather', 'Principal', 'Zephyrvault', 'mq.secret', 'marguerite-quillfeather-7781', '0199', '4471',
  'Thistlebrook', 'tok_9f8e7d6c5b4a', 'mquill_ops', '558877', 'Wire transfers', 'sk_live', 'Gl0wworm', 'Bramblewick',
  'Thaddeus', 'Pumpernickel', 'Quarrington', 'Obsidian', 'Marmalade', 'Ignatius', 'Fernsby', 'profile-of-marguerite',
  'Cobblestone', 'Telegram', 'snapdragon', 'Snapdragon', 'joinchat', 'SGVsbG9', 'Photo of', '6630019283746', 'Gwendolyn',
  'Arbuckle', 'Percival', 'Underhill', 'Vectorial', 'Hummingbird', 'Nowhere', 'Lives in', 'social.example', 't.example',
];

describe('page outline: structure without anyone’s data', () => {
  const html = readFileSync(FIXTURE, 'utf8');
  const outline = outlinePage(docOf(html));

  it('keeps the structure a developer needs to model a fixture', () => {
    expect(outline).toMatch(/^# Hire Signals page outline v1/);
    expect(outline).toContain('meta [name=description content=str(');
    expect(outline).toContain('link [rel=canonical href=url(');
    expect(outline).toContain('script [type=application/ld+json]: json(');
    expect(outline).toContain('worksFor[].name: str(20)');
    expect(outline).toContain('address.addressLocality: str(18)');
    expect(outline).toContain('state window.__INITIAL_STATE__');
    expect(outline).toContain('viewer.token: str(16)');
    // Record-like keys (URNs with numbers) are masked, the field names under them kept.
    expect(outline).toContain('profiles.<key>.headline: str(');
    expect(outline).toContain('state window.__NUXT__');
    expect(outline).toContain('state.profile.profile.name: str(21)');
    expect(outline).toContain('body.profile-page');
    expect(outline).toContain('main [role=main id=str(21)]');
    expect(outline).toContain('h1 [itemprop=name data-member=str(28) title=str(28)]: text(28)');
    expect(outline).toContain('included[].publicIdentifier: str(28)');
    expect(outline).toMatch(/comment\(\d+\)/);
    expect(outline).toMatch(/svg: 1 elements/);
  });

  it('lets no text, value, comment, script body or URL of the page through', () => {
    for (const secret of SECRETS) expect(outline, secret).not.toContain(secret);
  });

  it('survives fuzzing: random strings planted anywhere in the page never appear', () => {
    const token = fc.stringMatching(/^[a-z0-9]{12}$/);
    const junk = fc.string({ maxLength: 12 });
    const secret = fc.tuple(junk, token, junk).map(([a, t, b]) => ({ full: `${a}${t}${b}`, token: t }));
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const js = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');
    fc.assert(
      fc.property(fc.array(secret, { minLength: 10, maxLength: 10 }), (s) => {
        const page = `<!doctype html><html><head><title>${esc(s[0]!.full)}</title>
<meta name="description" content="${esc(s[1]!.full)}">
<script type="application/ld+json">{"@type":"Person","name":${js(s[2]!.full)},"list":[${js(s[3]!.full)}]}</script>
<script>window.__STATE__ = {"a":{"b":${js(s[4]!.full)}}};</script>
<script>var x = ${js(s[5]!.full)};</script></head>
<body><!--${s[6]!.full.replace(/-/g, '')}--><div data-q="${esc(s[7]!.full)}" role="${esc(s[7]!.token)}" itemprop="${esc(s[7]!.token)}" id="${esc(s[8]!.token)}">
<a href="https://example.com/${encodeURIComponent(s[8]!.full)}">${esc(s[9]!.full)}</a></div>
<code>{"k":${js(s[9]!.full)}}</code></body></html>`;
        const out = outlinePage(docOf(page));
        for (const x of s) {
          expect(out).not.toContain(x.token);
          if (x.full.trim().length >= 4) expect(out).not.toContain(x.full.trim());
        }
      }),
      { numRuns: 60, seed: 2207 },
    );
  });

  it('is bounded: ten thousand look-alike links collapse, and the line and character caps hold', () => {
    const links = '<li><a href="/p">x</a></li>'.repeat(10_000);
    const out = outlinePage(docOf(`<html><body><ul>${links}</ul></body></html>`));
    expect(out).toContain('li ×10000');
    expect(out.split('\n').length).toBeLessThan(12);
    const varied = Array.from({ length: 5000 }, (_, i) => `<div class="c${i % 7}"><span>${'y'.repeat(i % 13)}</span><b></b></div>`).join('');
    const capped = outlinePage(docOf(`<html><body>${varied}</body></html>`), { maxLines: 200 });
    expect(capped.split('\n').length).toBeLessThan(210);
    expect(capped).toContain('… outline cut at 200 lines');
    const chars = outlinePage(docOf(`<html><body>${varied}</body></html>`), { maxChars: 2000 });
    expect(chars.length).toBeLessThanOrEqual(2000);
    expect(chars).toContain('… outline cut at 2000 characters');
  });

  it('walks 50,000 nested elements without recursion and says what it left out', () => {
    const depth = 50_000;
    const out = outlinePage(docOf(`<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`), { maxDepth: 30 });
    expect(out).toMatch(/… \d+ elements deeper than 30 levels not shown/);
  });

  it('merges JSON array items into one path per field, with length ranges and counts', () => {
    expect(jsonOutline({ skills: [{ n: 'ab' }, { n: 'abcd' }], ok: true, none: null })).toEqual([
      '$: obj(3)', 'skills: arr(2)', 'skills[]: obj(1) ×2', 'skills[].n: str(2..4) ×2', 'ok: bool', 'none: null',
    ]);
  });
});
