import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { getIndicator } from '../../../src/advisories/catalogue';
import { SEAL_LIVENESS_PROMPTS } from '../../../src/advisories/seal-framework';
import { t } from '../../../src/core/i18n';
import { Checklist } from '../../../src/ui/popup/checklist';
import { CHECKLIST } from '../../../src/ui/popup/checklist-items';

describe('popup checklist', () => {
  let root: HTMLElement | null = null;
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
    root = null;
  });

  it('cites mitigations of the catalogue and has its wording', () => {
    for (const item of CHECKLIST) {
      expect(t(item.labelKey), item.id).not.toBe(item.labelKey);
      for (const id of item.indicators) expect(getIndicator(id)?.kind, `${item.id}: ${id}`).toBe('mitigation');
    }
  });

  it('carries the 2025–26 checks a recruiter can act on', () => {
    const byId = new Map(CHECKLIST.map((i) => [i.id, i]));
    expect(byId.get('in-person-or-strict-id')?.indicators).toContain('us26-mit-strict-id-in-person');
    expect(byId.get('liveness-prompts')?.indicators).toContain('ca25-mit-live-interview-deepfake-test');
    expect(byId.get('bank-not-crypto')?.indicators).toContain('ca25-mit-no-crypto');
    expect(byId.get('history-verified-directly')?.indicators).toContain('ca25-mit-verify-credentials-references');
  });

  it('shows the liveness prompts with the framework’s credit and licence', () => {
    const host = document.createElement('div');
    root = host;
    document.body.append(host);
    render(<Checklist ticks={{}} onTick={() => {}} />, host);
    const item = host.querySelector('[data-testid="check-liveness-prompts"]')!;
    for (const p of SEAL_LIVENESS_PROMPTS) expect(item.textContent).toContain(p);
    expect(item.textContent).toMatch(/Security Alliance[\s\S]*CC BY-SA 4\.0/);
    expect([...item.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(host.querySelector('[data-testid="check-in-person-or-strict-id"]')).not.toBeNull();
  });
});
