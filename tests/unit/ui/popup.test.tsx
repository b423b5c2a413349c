import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULE_TOPICS } from '../../../src/core/rule';
import type { Finding } from '../../../src/core/report';
import { RULES } from '../../../src/engine/rules';
import { defaultSettings } from '../../../src/settings/schema';
import { bySeverity } from '../../../src/core/finding-order';
import { LookupBox } from '../../../src/ui/popup/lookup-box';
import { PopupTabs } from '../../../src/ui/popup/popup-tabs';
import { groupRules } from '../../../src/ui/options/rules-section';

let root: HTMLElement | null = null;
function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
});
const flush = () => new Promise((r) => setTimeout(r, 0));
const key = (el: Element, init: KeyboardEventInit) => {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  el.dispatchEvent(e);
  return e;
};

describe('popup look-up box', () => {
  const type = (box: HTMLTextAreaElement, value: string) => {
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('checks on Enter, as after pasting a domain', async () => {
    const onResult = vi.fn();
    const el = mount(<LookupBox settings={defaultSettings()} onResult={onResult} />);
    const box = el.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
    type(box, 'Please pay my salary in USDT to this wallet, bank transfer does not work for me.');
    await flush();
    const e = key(box, { key: 'Enter' });
    expect(e.defaultPrevented).toBe(true);
    await flush();
    expect(onResult).toHaveBeenCalledOnce();
    expect(el.querySelector('[data-testid="lookup-result"]')?.getAttribute('data-kind')).toBe('text');
    expect([...el.querySelectorAll('[data-testid="finding"]')].map((f) => f.getAttribute('data-rule-id'))).toContain('alt-payment-request');
  });

  it('keeps Shift+Enter (a new line) and an input method’s Enter for the text box', async () => {
    const onResult = vi.fn();
    const el = mount(<LookupBox settings={defaultSettings()} onResult={onResult} />);
    const box = el.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
    type(box, 'example.com');
    await flush();
    expect(key(box, { key: 'Enter', shiftKey: true }).defaultPrevented).toBe(false);
    expect(key(box, { key: 'Enter', isComposing: true }).defaultPrevented).toBe(false);
    await flush();
    expect(onResult).not.toHaveBeenCalled();
    expect(box.getAttribute('aria-describedby')).toBe('hs-lookup-hint');
  });
});

describe('popup views', () => {
  function Tabs() {
    const [selected, setSelected] = useState('a');
    return (
      <PopupTabs
        label="views"
        selected={selected}
        onSelect={setSelected}
        tabs={[
          { id: 'a', label: 'A', body: <p>first</p> },
          { id: 'b', label: 'B', body: <p>second</p> },
          { id: 'c', label: 'C', body: <p>third</p> },
        ]}
      />
    );
  }

  it('are tabs one click or arrow key apart, the hidden ones kept mounted', async () => {
    const el = mount(<Tabs />);
    const tabs = () => [...el.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const panels = () => [...el.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(panels().map((p) => p.hidden)).toEqual([false, true, true]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    tabs()[2]!.click();
    await flush();
    expect(panels().map((p) => p.hidden)).toEqual([true, true, false]);
    key(tabs()[2]!, { key: 'ArrowRight' });
    await flush();
    expect(tabs()[0]!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs()[0]);
    key(tabs()[0]!, { key: 'End' });
    await flush();
    expect(tabs()[2]!.getAttribute('aria-selected')).toBe('true');
    expect(panels()[1]!.textContent).toBe('second');
  });

  it('list findings most severe first, heavier first within a severity', () => {
    const f = (ruleId: string, severity: Finding['severity'], weight: number): Finding => ({ ruleId, severity, weight, title: ruleId, why: '', evidence: [], sources: [], nextStep: '' });
    const order = bySeverity([f('a', 'low', 1), f('b', 'high', 2), f('c', 'medium', 1), f('d', 'high', 5), f('e', 'low', 1)]).map((x) => x.ruleId);
    expect(order).toEqual(['d', 'b', 'c', 'a', 'e']);
  });
});

describe('rule topics', () => {
  it('every built-in rule has one, and the options group them in the topics’ order with none left over', () => {
    for (const r of RULES) expect(RULE_TOPICS, r.id).toContain(r.topic);
    const groups = groupRules(RULES);
    expect(groups.map((g) => g.topic)).toEqual(RULE_TOPICS.filter((t) => RULES.some((r) => r.topic === t)));
    expect(groups.flatMap((g) => g.rules).length).toBe(RULES.length);
    for (const g of groups) expect(g.title).not.toMatch(/^options\./);
  });
});
