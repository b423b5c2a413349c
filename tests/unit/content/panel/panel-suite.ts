import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScriptContext, type ScriptContext } from '../../../../src/content/script-context';
import type { Finding } from '../../../../src/core/report';
import type { PanelModel } from '../../../../src/content/panel/panel';
import { createPanelView, type PanelView } from '../../../../src/content/panel/panel-view';
import { MAX_SHOWN_CHARS } from '../../../../src/content/panel/clip-text';
import type { Corner } from '../../../../src/core/panel-corner';
import type { CornerStore } from '../../../../src/content/panel/panel-place';

/** The corner store in memory: what the view saves per site when the recruiter moves it. */
function memoryCorners() {
  const saved: Record<string, Corner> = {};
  const store: CornerStore = {
    save: async (site, corner) => {
      saved[site] = corner;
    },
  };
  return { saved, store };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

/**
 * The in-page panel's behaviour, run once with Preact's JSX runtime and once
 * with the one the content scripts are built with (dom-jsx-runtime.ts, see
 * panel-page-runtime.test.ts): both must draw the same panel.
 */
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function finding(id: string, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: id,
    severity: 'medium',
    weight: 2,
    title: `Title ${id}`,
    why: 'Why it matters here.',
    evidence: [`Seen: ${id}`],
    sources: [{ id: 'doc', indicatorId: 'x', title: 'Guidance doc', section: 'Red flags', url: 'https://www.example.gov/guidance#red-flags', basis: 'primary', date: '2022-05-16' }],
    nextStep: 'Hold a live video call.',
    ...over,
  };
}

const model = (over: Partial<PanelModel> = {}): PanelModel => ({
  level: 'medium',
  score: 4,
  findings: [finding('rule-a'), finding('rule-b')],
  allowlisted: false,
  dismissedCount: 0,
  candidateName: 'Sample Person',
  siteLabel: 'LinkedIn',
  ...over,
});

const actions = () => ({
  onDismiss: vi.fn(),
  onRestoreDismissed: vi.fn(),
  onAllowlist: vi.fn(),
  onUnallowlist: vi.fn(),
  onHideOnSite: vi.fn(),
});

export function panelSuite(runtime: string): void {
  describe(`Panel (chip in plain DOM, findings drawn when opened; ${runtime})`, () => {
    let ctx: ScriptContext;
    let view: PanelView;
    let root: ShadowRoot;
    let corners: ReturnType<typeof memoryCorners>;
    beforeEach(() => {
      ctx = createScriptContext('panel-test');
      corners = memoryCorners();
      // The test's clicks stand in for the recruiter's (happy-dom's events are not trusted);
      // the default gate, which refuses them, has its own tests below.
      view = createPanelView(ctx, { gate: () => true, siteId: 'linkedin', corners: corners.store });
    });
    afterEach(() => {
      view.hide();
      ctx.notifyInvalidated();
    });

    const mount = async (m: PanelModel, a = actions(), startCollapsed = true, candidateKey = 'linkedin:sample') => {
      view.show({ model: m, actions: a, startCollapsed, corner: 'bottom-right', scheme: null, candidateKey });
      root = view.root!;
      return a;
    };
    const chip = () => root.querySelector<HTMLButtonElement>('.hs-chip')!;

    it('starts as a chip with the level and the number of signals', async () => {
      await mount(model());
      expect(chip().getAttribute('aria-expanded')).toBe('false');
      expect(chip().textContent).toContain('Medium · 2 signals');
      expect(root.querySelector('[data-rule-id]')).toBeNull();
    });

    it('expands into the findings with evidence, guidance link in a new tab, next step and the context reminder', async () => {
      await mount(model());
      chip().click();
      expect(chip().getAttribute('aria-expanded')).toBe('true');
      expect([...root.querySelectorAll('[data-rule-id]')].map((e) => e.getAttribute('data-rule-id'))).toEqual(['rule-a', 'rule-b']);
      const link = root.querySelector<HTMLAnchorElement>('.hs-sources a')!;
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
      expect(root.querySelector('.hs-next')?.textContent).toContain('Hold a live video call.');
      expect(root.querySelector('.hs-reminder')?.textContent).toMatch(/context/);
    });

    it('collapses on Escape and gives focus back to the chip', async () => {
      await mount(model(), actions(), false);
      const body = root.querySelector<HTMLElement>('.hs-body')!;
      body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(root.querySelector('.hs-body')).toBeNull();
      expect(root.activeElement).toBe(chip());
    });

    it('calls back for dismiss (per finding), allowlist and hide-on-site', async () => {
      const a = await mount(model(), actions(), false);
      root.querySelector<HTMLButtonElement>('[data-rule-id="rule-b"] .hs-dismiss')!.click();
      expect(a.onDismiss).toHaveBeenCalledWith('rule-b');
      root.querySelector<HTMLButtonElement>('.hs-allowlist')!.click();
      expect(a.onAllowlist).toHaveBeenCalledOnce();
      root.querySelector<HTMLButtonElement>('.hs-hide-site')!.click();
      expect(a.onHideOnSite).toHaveBeenCalledOnce();
    });

    it('shows an allowlisted candidate without findings and offers to undo', async () => {
      const a = await mount(model({ allowlisted: true, findings: [], level: 'none', score: 0 }), actions(), false);
      expect(chip().textContent).toContain('Allowlisted');
      expect(root.querySelector('[data-rule-id]')).toBeNull();
      root.querySelector<HTMLButtonElement>('.hs-unallowlist')!.click();
      expect(a.onUnallowlist).toHaveBeenCalledOnce();
    });

    it('offers to restore dismissed findings', async () => {
      const a = await mount(model({ dismissedCount: 2 }), actions(), false);
      const restore = root.querySelector<HTMLButtonElement>('.hs-restore')!;
      expect(restore.textContent).toBe('Show 2 dismissed');
      restore.click();
      expect(a.onRestoreDismissed).toHaveBeenCalledOnce();
    });

    it('renders hostile profile text as inert text (no elements, no javascript: links)', async () => {
      const hostile = finding('rule-x', {
        title: HOSTILE,
        evidence: [HOSTILE, `\u202E${'A'.repeat(100_000)}`],
        sources: [{ id: 'd', indicatorId: 'y', title: 'bad', section: 's', url: 'javascript:window.__pwned=3', basis: 'secondary', date: null }],
      });
      await mount(model({ findings: [hostile], candidateName: HOSTILE }), actions(), false);
      expect(root.querySelectorAll('img, script, iframe, svg').length).toBe(0);
      expect(root.querySelector('.hs-sources a')?.hasAttribute('href')).toBe(false);
      expect(root.textContent).toContain('<img src=x onerror="window.__pwned=1">');
      const evidence = [...root.querySelectorAll('.hs-evidence li')].map((li) => li.textContent ?? '');
      expect(evidence[1]!.length).toBeLessThanOrEqual(MAX_SHOWN_CHARS);
      expect(evidence[1]).not.toContain('\u202E');
      expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
    });
    it('updates the chip in place on a new evaluation and keeps the open state for the same candidate only', async () => {
      await mount(model());
      expect(root.querySelector('.hs-body')).toBeNull();
      await mount(model({ level: 'high', findings: [finding('rule-a'), finding('rule-b'), finding('rule-c')] }));
      expect(root.querySelectorAll('.hs-chip')).toHaveLength(1);
      expect(chip().textContent).toContain('High · 3 signals');
      expect(root.querySelector('.hs-panel')?.className).toBe('hs-panel hs-level-high hs-at-bottom hs-at-right');
      chip().click();
      expect(root.activeElement).toBe(root.querySelector('.hs-body'));
      // A rescan of the same candidate redraws the open body without taking focus elsewhere.
      await mount(model({ findings: [finding('rule-z')] }));
      expect([...root.querySelectorAll('[data-rule-id]')].map((e) => e.getAttribute('data-rule-id'))).toEqual(['rule-z']);
      expect(chip().getAttribute('aria-expanded')).toBe('true');
      expect(root.activeElement).toBe(root.querySelector('.hs-body'));
      // Another candidate starts collapsed again (the setting's default).
      await mount(model(), actions(), true, 'linkedin:someone-else');
      expect(chip().getAttribute('aria-expanded')).toBe('false');
      expect(root.querySelector('.hs-body')).toBeNull();
    });

    it('lists the most severe finding first, then the heavier weight', async () => {
      await mount(model({ findings: [finding('low-one', { severity: 'low', weight: 1 }), finding('med-light', { weight: 1 }), finding('high-one', { severity: 'high', weight: 3 }), finding('med-heavy', { weight: 4 })] }), actions(), false);
      expect([...root.querySelectorAll('[data-rule-id]')].map((e) => e.getAttribute('data-rule-id'))).toEqual(['high-one', 'med-heavy', 'med-light', 'low-one']);
    });

    it('keeps the findings the recruiter opened open across a rescan and a move, for the same candidate only', async () => {
      await mount(model(), actions(), false);
      const details = (id: string) => root.querySelector<HTMLDetailsElement>(`[data-rule-id="${id}"] details`)!;
      expect(details('rule-b').open).toBe(false);
      details('rule-b').open = true;
      details('rule-b').dispatchEvent(new Event('toggle'));
      await mount(model({ findings: [finding('rule-a'), finding('rule-b'), finding('rule-c')] }));
      expect(details('rule-b').open).toBe(true);
      expect(details('rule-a').open).toBe(false);
      root.querySelector<HTMLButtonElement>('.hs-move')!.click();
      expect(details('rule-b').open).toBe(true);
      // Closed again by the recruiter: stays closed.
      details('rule-b').open = false;
      details('rule-b').dispatchEvent(new Event('toggle'));
      await mount(model());
      expect(details('rule-b').open).toBe(false);
      // Another candidate: nothing open.
      details('rule-a').open = true;
      details('rule-a').dispatchEvent(new Event('toggle'));
      await mount(model(), actions(), false, 'linkedin:someone-else');
      expect(details('rule-a').open).toBe(false);
    });

    it('keeps keyboard focus on the same control when a rescan redraws the open body', async () => {
      await mount(model(), actions(), false);
      root.querySelector<HTMLButtonElement>('.hs-allowlist')!.focus();
      // Allowlisting re-evaluates the page: the button in that place now offers to undo it.
      await mount(model({ allowlisted: true, findings: [], level: 'none', score: 0 }));
      expect(root.activeElement?.className).toBe('hs-unallowlist');
    });

    it('the collapse button folds the body back into the chip', async () => {
      await mount(model(), actions(), false);
      root.querySelector<HTMLButtonElement>('.hs-collapse')!.click();
      expect(root.querySelector('.hs-body')).toBeNull();
      expect(root.querySelector('.hs-panel')?.getAttribute('data-expanded')).toBe('false');
    });
  
    it('is a plain <div> with a closed shadow root and no attribute the page could read', async () => {
      await mount(model({ level: 'high' }), actions(), false);
      const host = view.host!;
      expect(host.tagName).toBe('DIV');
      expect(host.shadowRoot).toBeNull();
      expect(host.getAttributeNames()).toEqual([]);
      expect(host.parentNode).toBe(document.documentElement);
      expect(host.textContent).toBe('');
      expect(view.probe([]).level).toBe('high');
    });

    it('ignores clicks and keys a script made up (only real user input acts)', async () => {
      const strict = createPanelView(ctx, { corners: corners.store });
      const a = actions();
      strict.show({ model: model(), actions: a, startCollapsed: false, corner: 'bottom-right', scheme: null, candidateKey: 'k' });
      const r = strict.root!;
      r.querySelector<HTMLButtonElement>('.hs-allowlist')!.click();
      r.querySelector<HTMLButtonElement>('.hs-hide-site')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      r.querySelector<HTMLButtonElement>('[data-rule-id="rule-a"] .hs-dismiss')!.click();
      r.querySelector<HTMLButtonElement>('.hs-move')!.click();
      r.querySelector<HTMLElement>('.hs-body')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      r.querySelector<HTMLButtonElement>('.hs-chip')!.click();
      expect(a.onAllowlist).not.toHaveBeenCalled();
      expect(a.onHideOnSite).not.toHaveBeenCalled();
      expect(a.onDismiss).not.toHaveBeenCalled();
      expect(strict.probe([]).expanded).toBe(true);
      expect(strict.probe([]).corner).toBe('bottom-right');
      strict.hide();
    });

    it('comes back when the page removes or moves its host, and sheds attributes the page puts on it', async () => {
      await mount(model());
      const host = view.host!;
      host.remove();
      await flush();
      expect(host.parentNode).toBe(document.documentElement);
      const trap = document.createElement('div');
      trap.style.display = 'none';
      document.body.append(trap);
      trap.append(host);
      await flush();
      expect(host.parentNode).toBe(document.documentElement);
      host.setAttribute('data-level', 'fake');
      host.setAttribute('inert', '');
      await flush();
      expect(host.getAttributeNames()).toEqual([]);
      trap.remove();
    });

    it('gives up matching a page that removes its host in a loop, and comes back a second later', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
      try {
        await mount(model());
        const host = view.host!;
        for (let i = 0; i < 30; i++) {
          host.remove();
          await Promise.resolve();
          await Promise.resolve();
        }
        expect(host.isConnected).toBe(false);
        await vi.advanceTimersByTimeAsync(1100);
        expect(host.parentNode).toBe(document.documentElement);
      } finally {
        vi.useRealTimers();
      }
    });

    it('stays out once hidden or stopped', async () => {
      await mount(model());
      const host = view.host!;
      view.hide();
      await flush();
      expect(host.isConnected).toBe(false);
    });

    it('draws at once in the corner the update names; a hide right after leaves nothing', () => {
      const a = actions();
      view.show({ model: model(), actions: a, startCollapsed: true, corner: 'top-left', scheme: null, candidateKey: 'k' });
      expect(view.probe([]).shown).toBe(true);
      expect(view.probe([]).corner).toBe('top-left');
      expect(view.root!.querySelector('.hs-panel')!.className).toContain('hs-at-top');
      view.hide(); // the recruiter left the profile
      expect(view.host).toBeNull();
      expect(view.probe([]).shown).toBe(false);
      // The next update may name another corner (moved in another tab of the site).
      view.show({ model: model(), actions: a, startCollapsed: true, corner: 'top-right', scheme: null, candidateKey: 'k' });
      expect(view.probe([]).corner).toBe('top-right');
      // A corner it does not know (a damaged message) keeps the one it has.
      view.show({ model: model(), actions: a, startCollapsed: true, corner: 'middle' as never, scheme: null, candidateKey: 'k' });
      expect(view.probe([]).corner).toBe('top-right');
    });

    it('moves to the next corner on "Move" and remembers it for the site', async () => {
      await mount(model(), actions(), false);
      expect(view.probe([]).corner).toBe('bottom-right');
      root.querySelector<HTMLButtonElement>('.hs-move')!.click();
      expect(view.probe([]).corner).toBe('bottom-left');
      expect(corners.saved).toEqual({ linkedin: 'bottom-left' });
      expect(root.querySelector('.hs-panel')!.className).toContain('hs-at-left');
      expect(root.querySelector('.hs-move')!.getAttribute('aria-label')).toMatch(/top left/);
      // An update the background prepared before the move was stored does not move it back.
      view.show({ model: model(), actions: actions(), startCollapsed: true, corner: 'bottom-right', scheme: null, candidateKey: 'linkedin:sample' });
      expect(view.probe([]).corner).toBe('bottom-left');
    });

    it('describes itself to the extension: level, count, elements with their text and position', async () => {
      await mount(model(), actions(), false);
      const p = view.probe(['[data-rule-id]', '.hs-allowlist', '::bad('], true);
      expect(p).toMatchObject({ shown: true, expanded: true, level: 'medium', count: 2, hostTag: 'div', hostAttributes: [] });
      expect(p.found['[data-rule-id]']!.map((e) => e.attrs['data-rule-id'])).toEqual(['rule-a', 'rule-b']);
      expect(p.found['.hs-allowlist']![0]!.text).toBe('Allowlist this profile');
      expect(p.found['::bad(']).toEqual([]);
      expect(p.markup).toContain('hs-findings');
    });
});
}
