import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceFor } from '../../../src/advisories/catalogue';
import { INDICATORS } from '../../../src/advisories/indicators';
import { citedDocuments, FindingItem } from '../../../src/core/finding-item';
import type { Finding, SourceRef } from '../../../src/core/report';
import { renderStatic } from '../../../src/content/panel/static-render';

// Two items of the same German notice, one of another document: the notice is linked once.
const bfv = INDICATORS.filter((i) => i.documentId === 'de24-bfv').slice(0, 2);
const fbi = INDICATORS.find((i) => i.documentId === 'us24-psa')!;
const SOURCES = [...bfv, fbi].map((i) => sourceFor(i.id)!) as SourceRef[];

const FINDING: Finding = {
  ruleId: 'alt-payment-request',
  severity: 'high',
  weight: 3,
  title: 'Asks to be paid in crypto',
  why: 'The guidance names crypto payment as a red flag.',
  evidence: ['Wrote: “pay me via https://user:pw@pay.example.com/x or https://p\u0430ypal.com/me»”', 'See «https://portfolio.example.dev/work…»'],
  sources: SOURCES,
  nextStep: 'Pay only to a bank account in the candidate’s own name.',
};

/** The same component through Preact (popup) and through the page's static renderer (panel). */
const renderers = {
  preact(node: preact.ComponentChild, box: HTMLElement) {
    render(node, box);
  },
  static(node: preact.ComponentChild, box: HTMLElement) {
    // The test's events stand in for the recruiter's (happy-dom's are not trusted); the
    // default gate, which refuses them, is tested with the panel.
    renderStatic(node, box, () => true);
  },
};

describe('FindingItem', () => {
  const boxes: HTMLElement[] = [];
  afterEach(() => {
    for (const box of boxes.splice(0)) {
      render(null, box);
      box.remove();
    }
  });

  it('has two of the German notice’s items and one of the FBI’s to work with', () => {
    expect(bfv).toHaveLength(2);
    expect(citedDocuments(SOURCES).map((d) => d.id)).toEqual(['de24-bfv', 'us24-psa']);
  });

  for (const [name, draw] of Object.entries(renderers)) {
    describe(`rendered by ${name}`, () => {
      const mount = (props: Partial<Parameters<typeof FindingItem>[0]> = {}) => {
        const box = document.createElement('ul');
        boxes.push(box);
        document.body.append(box);
        draw(<FindingItem finding={FINDING} {...props} />, box);
        return box;
      };

      it('is one line closed (severity and title) that opens in place to evidence, why, next step and guidance', () => {
        const el = mount();
        const details = el.querySelector('details')!;
        expect(details.open).toBe(false);
        const summary = details.querySelector('summary')!;
        expect(summary.textContent).toBe('High Asks to be paid in crypto');
        const body = details.querySelector('.hs-finding-body')!;
        expect([...body.children].map((c) => c.className)).toEqual(['hs-evidence', 'hs-why', 'hs-next', 'hs-sources']);
        expect(mount({ open: true }).querySelector('details')!.open).toBe(true);
      });

      it('links each document once by its short label, with the full title as hover text and name', () => {
        const links = [...mount().querySelectorAll<HTMLAnchorElement>('.hs-sources a')];
        expect(links.map((a) => a.textContent)).toEqual(['BfV notice 2024', 'FBI PSA 2024']);
        const [notice] = links;
        expect(notice!.getAttribute('href')).toBe(SOURCES[0]!.url);
        expect(notice!.getAttribute('target')).toBe('_blank');
        expect(notice!.getAttribute('rel')).toContain('noopener');
        expect(notice!.title).toContain(SOURCES[0]!.title);
        for (const s of bfv) expect(notice!.title).toContain(s.section);
        expect(notice!.getAttribute('aria-label')).toMatch(/^BfV notice 2024: /);
      });

      it('links only safe profile URLs, by their real host, without the quote marks around them', () => {
        const links = [...mount().querySelectorAll<HTMLAnchorElement>('.hs-evidence a')];
        expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://xn--pypal-4ve.com/me', 'https://portfolio.example.dev/work']);
        expect(links[0]!.textContent).toBe('https://xn--pypal-4ve.com/me');
        const text = mount().querySelector('.hs-evidence')!.textContent!;
        expect(text).toContain('https://user:pw@pay.example.com/x');
        expect(text).toContain('work…»');
      });

      it('reports opening and closing, and offers dismissal outside the folded part', () => {
        const onToggle = vi.fn();
        const onDismiss = vi.fn();
        const el = mount({ onToggle, onDismiss });
        const details = el.querySelector('details')!;
        details.open = true;
        details.dispatchEvent(new Event('toggle'));
        expect(onToggle).toHaveBeenLastCalledWith(true);
        const dismiss = el.querySelector<HTMLButtonElement>('li > .hs-dismiss')!;
        dismiss.click();
        expect(onDismiss).toHaveBeenCalledOnce();
      });
    });
  }
});
