import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineRule, type RuleDefinition } from '../../../src/core/rule';
import { settingsItem } from '../../../src/settings/storage';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { OptionsApp } from '../../../src/ui/options/app';
import { ruleFromDraft } from '../../../src/ui/options/custom-rules-section';
import { OPTIONS_SECTIONS } from '../../../src/ui/options/sections';

const TEST_RULES: RuleDefinition[] = [
  defineRule({ id: 'test-alpha', topic: 'identity', indicators: [], severity: 'medium', weight: 3, platforms: 'all', subjects: ['profile'], text: { title: 'Alpha signal', why: 'First test rule.', nextStep: 'Look.', evidence: { seen: 'seen' } }, check: () => null }),
  defineRule({ id: 'test-beta', topic: 'payment', indicators: [], severity: 'low', weight: 1, platforms: 'all', subjects: ['text'], text: { title: 'Beta signal', why: 'Second test rule.', nextStep: 'Look.', evidence: { seen: 'seen' } }, check: () => null }),
];

let root: HTMLElement;

function mount() {
  root = document.createElement('div');
  document.body.append(root);
  render(<OptionsApp rules={TEST_RULES} />, root);
}

const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const byTestId = <T extends Element = HTMLElement>(id: string) => q<T>(`[data-testid="${id}"]`);

function setValue(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

async function stored(): Promise<Record<string, unknown> | null> {
  return (await settingsItem.getValue()) as Record<string, unknown> | null;
}

describe('options page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('lists every rule with a stable toggle that saves the switch', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('rule-toggle-test-alpha')).not.toBeNull());
    expect(byTestId('rule-toggle-test-beta')).not.toBeNull();
    const toggle = byTestId<HTMLInputElement>('rule-toggle-test-alpha')!;
    expect(toggle.checked).toBe(true);
    toggle.checked = false;
    toggle.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await stored())?.rules).toEqual({ 'test-alpha': { enabled: false } }));
  });

  it('filters rules by the search box', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('rule-search')).not.toBeNull());
    setValue(byTestId<HTMLInputElement>('rule-search')!, 'beta');
    await vi.waitFor(() => expect(byTestId('rule-toggle-test-alpha')).toBeNull());
    expect(byTestId('rule-toggle-test-beta')).not.toBeNull();
  });

  it('shows a notice, not a blank page, when stored settings are corrupt', async () => {
    await settingsItem.setValue({ version: 1, rules: 'broken' });
    mount();
    await vi.waitFor(() => expect(byTestId('settings-notice')?.textContent).toMatch(/could not be read/));
    expect(byTestId('rule-toggle-test-alpha')).not.toBeNull();
  });

  it('shows policy-locked rules as set by the organisation and disables them', async () => {
    await fakeBrowser.storage.managed.set({ disabledRules: ['test-beta'] });
    mount();
    await vi.waitFor(() => expect(byTestId('policy-notice')).not.toBeNull());
    const toggle = byTestId<HTMLInputElement>('rule-toggle-test-beta')!;
    expect(toggle.checked).toBe(false);
    expect(toggle.disabled).toBe(true);
    expect(root.querySelector('[data-rule-id="test-beta"]')!.textContent).toContain('Set by your organisation');
    expect(byTestId<HTMLInputElement>('rule-toggle-test-alpha')!.disabled).toBe(false);
  });

  it('refuses a pattern the linear-time matcher cannot run, naming the construct, and saves nothing', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('custom-add')).not.toBeNull());
    byTestId('custom-add')!.click();
    await vi.waitFor(() => expect(byTestId('custom-form')).not.toBeNull());
    setValue(byTestId<HTMLInputElement>('custom-name')!, 'Hang me');
    setValue(byTestId<HTMLInputElement>('custom-pattern')!, '(a)\\1');
    await vi.waitFor(() => expect(byTestId<HTMLInputElement>('custom-pattern')!.value).toBe('(a)\\1'));
    byTestId<HTMLFormElement>('custom-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(byTestId('custom-error-pattern')?.textContent).toMatch(/Back-references/));
    expect(await stored()).toBeNull();
  });

  it('warns, as soon as a rule reads the name or location, that it counts as low with weight 1 at most, and saves it capped', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('custom-add')).not.toBeNull());
    byTestId('custom-add')!.click();
    await vi.waitFor(() => expect(byTestId('custom-form')).not.toBeNull());
    expect(byTestId('custom-fairness-warning')).toBeNull();
    byTestId<HTMLInputElement>('custom-field-location')!.click();
    await vi.waitFor(() => expect(byTestId('custom-fairness-warning')?.textContent).toMatch(/low signal with weight 1 at most/));
    setValue(byTestId<HTMLInputElement>('custom-name')!, 'City check');
    setValue(byTestId<HTMLTextAreaElement>('custom-keywords')!, 'Springfield');
    await vi.waitFor(() => expect(byTestId<HTMLTextAreaElement>('custom-keywords')!.value).toBe('Springfield'));
    byTestId<HTMLFormElement>('custom-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () => expect((await stored())?.customRules).toHaveLength(1));
    expect(((await stored())!.customRules as Array<{ severity: string; weight: number }>)[0]).toMatchObject({ severity: 'low', weight: 1 });
  });

  it('adds a keyword rule that is listed with its own toggle', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('custom-add')).not.toBeNull());
    byTestId('custom-add')!.click();
    await vi.waitFor(() => expect(byTestId('custom-form')).not.toBeNull());
    setValue(byTestId<HTMLInputElement>('custom-name')!, 'Crypto payroll');
    setValue(byTestId<HTMLTextAreaElement>('custom-keywords')!, 'USDT\n  \npaid in crypto');
    await vi.waitFor(() => expect(byTestId<HTMLTextAreaElement>('custom-keywords')!.value).toContain('USDT'));
    byTestId<HTMLFormElement>('custom-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () => expect((await stored())?.customRules).toHaveLength(1));
    const saved = ((await stored())!.customRules as Array<{ id: string; keywords: string[]; name: string }>)[0];
    expect(saved).toMatchObject({ name: 'Crypto payroll', keywords: ['USDT', 'paid in crypto'] });
    await vi.waitFor(() => expect(byTestId(`rule-toggle-${saved.id}`)).not.toBeNull());
  });

  it('lists every guidance document once, with its short name, date, basis, coverage and recommended checks', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('guidance-documents')).not.toBeNull());
    expect(byTestId('guidance-documents')!.querySelectorAll('tbody > tr')).toHaveLength(39);
    const canada = byTestId('guidance-ca25-adv')!;
    expect([...canada.children].map((c) => c.textContent)).toEqual(['Canada advisory 2025', '2025-07-16', expect.stringMatching(/^\d+ red flag\(s\)[\s\S]*read in the official text/)]);
    expect(canada.querySelector('a')!.title).toBe('Advisory on North Korean information technology (IT) workers');
    expect(canada.querySelector('details')!.textContent).toMatch(/deepfake/i);
    expect(byTestId('guidance-us26-alert')!.textContent).toContain('2026-07-31');
    expect(byTestId('guidance-us26-alert')!.textContent).toContain('known from secondary reports');
    expect(q('#guidance')!.textContent).toMatch(/Security Alliance[\s\S]*CC BY-SA 4\.0/);
  });

  it('groups rules by what they look at, cards folded with their controls in view', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('rule-search')).not.toBeNull());
    const groups = [...root.querySelectorAll<HTMLElement>('#rules [data-topic]')];
    expect(groups.map((g) => g.dataset.topic)).toEqual(['identity', 'payment']);
    expect(groups[0]!.querySelector('h3')!.textContent).toContain('Identity and contacts');
    const card = q('[data-rule-id="test-alpha"]')!;
    expect(card.querySelector<HTMLDetailsElement>('details.hs-rule-more')!.open).toBe(false);
    expect(card.querySelector('details .hs-why')!.textContent).toBe('First test rule.');
    for (const sel of ['[data-testid="rule-toggle-test-alpha"]', 'select', 'input[type="number"]', 'button']) expect(card.querySelector(`${sel}:not(details *)`), sel).not.toBeNull();
  });

  it('draws the navigation and every section from the one list of sections', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('rule-search')).not.toBeNull());
    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(OPTIONS_SECTIONS.map(({ id }) => `#${id}`));
    for (const link of links) {
      const section = root.querySelector<HTMLElement>(link.getAttribute('href')!)!;
      expect(section.tagName).toBe('SECTION');
      const heading = root.querySelector(`#${section.getAttribute('aria-labelledby')}`)!;
      expect(heading.tagName).toBe('H2');
      // A real string, not a key shown as itself.
      expect(heading.textContent).toBe(link.textContent);
      expect(heading.textContent).not.toMatch(/^options\./);
    }
  });

  it('saves the panel settings from their checkboxes, labelled by the settings schema', async () => {
    mount();
    await vi.waitFor(() => expect(byTestId('panel-start-collapsed')).not.toBeNull());
    const collapsed = byTestId<HTMLInputElement>('panel-start-collapsed')!;
    expect(root.querySelector(`label[for="${collapsed.id}"]`)!.textContent).toBe('Start with the panel collapsed');
    expect(collapsed.checked).toBe(true);
    collapsed.checked = false;
    collapsed.dispatchEvent(new Event('change', { bubbles: true }));
    const panel = async () => (await stored())?.panel as Settings['panel'] | undefined;
    await vi.waitFor(async () => expect((await panel())?.startCollapsed).toBe(false));
    expect((await panel())?.enabled).toBe(true);
    // The page has reloaded the saved layer: the next change starts from it.
    await vi.waitFor(() => expect(byTestId('options-status')!.textContent).toMatch(/^Saved/));

    const reuse = byTestId<HTMLInputElement>('template-reuse-enabled')!;
    reuse.checked = false;
    reuse.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await stored())?.templateReuse).toEqual({ enabled: false }));
    expect((await panel())?.startCollapsed).toBe(false);
  });

  it('locks the panel settings when the organisation locks the panel', async () => {
    await settingsItem.setValue({ ...defaultSettings(), panel: { enabled: false, startCollapsed: false } });
    await fakeBrowser.storage.managed.set({ lockedSettings: ['panel'] });
    mount();
    await vi.waitFor(() => expect(byTestId('policy-notice')).not.toBeNull());
    for (const id of ['panel-enabled', 'panel-start-collapsed']) {
      const box = byTestId<HTMLInputElement>(id)!;
      // The organisation's (default) value is shown, not the user's own.
      expect(box.checked, id).toBe(true);
      expect(box.disabled, id).toBe(true);
      expect(root.querySelector(`#${box.getAttribute('aria-describedby')!.split(' ').at(-1)}`)!.textContent).toBe('Set by your organisation');
    }
    expect(byTestId<HTMLInputElement>('template-reuse-enabled')!.disabled).toBe(false);
  });

  it('renders hostile stored text as text, never markup', async () => {
    await settingsItem.setValue({
      ...defaultSettings(),
      customRules: [{ id: 'custom-x', name: '<img src=x onerror=alert(1)>', fields: ['all'], keywords: ['\u202Ekw'], pattern: null, severity: 'low', weight: 1, note: '<b>n</b>', enabled: true }],
    });
    mount();
    await vi.waitFor(() => expect(byTestId('rule-toggle-custom-x')).not.toBeNull());
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('#custom')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('custom rule form validation', () => {
  const draft = { id: null, name: 'N', fields: ['about' as const], keywords: '', pattern: '', severity: 'low' as const, weight: '2', note: '' };
  it('names each missing piece', () => {
    const r = ruleFromDraft({ ...draft, name: ' ', fields: [], weight: '500' });
    expect('errors' in r && Object.keys(r.errors).sort()).toEqual(['fields', 'keywords', 'name', 'weight']);
  });
  it('builds a valid rule with a generated id', () => {
    const r = ruleFromDraft({ ...draft, keywords: 'a\nb\na' }, () => 'custom-fixed');
    expect(r).toEqual({ rule: expect.objectContaining({ id: 'custom-fixed', keywords: ['a', 'b'], pattern: null }) });
  });
});
