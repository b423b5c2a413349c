import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/engine/report';
import { Panel, type PanelModel } from '../../../src/ui/panel/panel';
import { clipText, MAX_SHOWN_CHARS } from '../../../src/ui/panel/clip-text';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

function finding(id: string, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: id,
    severity: 'medium',
    weight: 2,
    title: `Title ${id}`,
    why: 'Why it matters here.',
    evidence: [`Seen: ${id}`],
    sources: [{ id: 'doc', indicatorId: 'x', title: 'Guidance doc', section: 'Red flags', url: 'https://www.example.gov/guidance#red-flags' }],
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

describe('Panel', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const mount = (m: PanelModel, a = actions(), startCollapsed = true) => {
    act(() => render(<Panel model={m} startCollapsed={startCollapsed} {...a} />, root));
    return a;
  };
  const chip = () => root.querySelector<HTMLButtonElement>('.hs-chip')!;

  it('starts as a chip with the level and the number of signals', () => {
    mount(model());
    expect(chip().getAttribute('aria-expanded')).toBe('false');
    expect(chip().textContent).toContain('Medium · 2 signals');
    expect(root.querySelector('[data-rule-id]')).toBeNull();
  });

  it('expands into the findings with evidence, guidance link in a new tab, next step and the context reminder', () => {
    mount(model());
    act(() => chip().click());
    expect(chip().getAttribute('aria-expanded')).toBe('true');
    expect([...root.querySelectorAll('[data-rule-id]')].map((e) => e.getAttribute('data-rule-id'))).toEqual(['rule-a', 'rule-b']);
    const link = root.querySelector<HTMLAnchorElement>('.hs-sources a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(root.querySelector('.hs-next')?.textContent).toContain('Hold a live video call.');
    expect(root.querySelector('.hs-reminder')?.textContent).toMatch(/context/);
  });

  it('collapses on Escape and gives focus back to the chip', () => {
    mount(model(), actions(), false);
    const body = root.querySelector<HTMLElement>('.hs-body')!;
    act(() => {
      body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('.hs-body')).toBeNull();
    expect(document.activeElement).toBe(chip());
  });

  it('calls back for dismiss (per finding), allowlist and hide-on-site', () => {
    const a = mount(model(), actions(), false);
    act(() => root.querySelector<HTMLButtonElement>('[data-rule-id="rule-b"] .hs-dismiss')!.click());
    expect(a.onDismiss).toHaveBeenCalledWith('rule-b');
    act(() => root.querySelector<HTMLButtonElement>('.hs-allowlist')!.click());
    expect(a.onAllowlist).toHaveBeenCalledOnce();
    act(() => root.querySelector<HTMLButtonElement>('.hs-hide-site')!.click());
    expect(a.onHideOnSite).toHaveBeenCalledOnce();
  });

  it('shows an allowlisted candidate without findings and offers to undo', () => {
    const a = mount(model({ allowlisted: true, findings: [], level: 'none', score: 0 }), actions(), false);
    expect(chip().textContent).toContain('Allowlisted');
    expect(root.querySelector('[data-rule-id]')).toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('.hs-unallowlist')!.click());
    expect(a.onUnallowlist).toHaveBeenCalledOnce();
  });

  it('offers to restore dismissed findings', () => {
    const a = mount(model({ dismissedCount: 2 }), actions(), false);
    const restore = root.querySelector<HTMLButtonElement>('.hs-restore')!;
    expect(restore.textContent).toBe('Show 2 dismissed');
    act(() => restore.click());
    expect(a.onRestoreDismissed).toHaveBeenCalledOnce();
  });

  it('renders hostile profile text as inert text (no elements, no javascript: links)', () => {
    const hostile = finding('rule-x', {
      title: HOSTILE,
      evidence: [HOSTILE, `\u202E${'A'.repeat(100_000)}`],
      sources: [{ id: 'd', indicatorId: 'y', title: 'bad', section: 's', url: 'javascript:window.__pwned=3' }],
    });
    mount(model({ findings: [hostile], candidateName: HOSTILE }), actions(), false);
    expect(root.querySelectorAll('img, script, iframe, svg').length).toBe(0);
    expect(root.querySelector('.hs-sources a')?.hasAttribute('href')).toBe(false);
    expect(root.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    const evidence = [...root.querySelectorAll('.hs-evidence li')].map((li) => li.textContent ?? '');
    expect(evidence[1]!.length).toBeLessThanOrEqual(MAX_SHOWN_CHARS);
    expect(evidence[1]).not.toContain('\u202E');
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});

describe('clipText', () => {
  it('keeps short text, clips long text with an ellipsis and strips bidi overrides', () => {
    expect(clipText('hello')).toBe('hello');
    expect(clipText('x'.repeat(1000), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(clipText('a\u202Eb\u2066c\u200F')).toBe('abc');
  });
});
