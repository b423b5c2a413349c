import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { evaluatePage } from '../../../src/background/evaluate-page';
import { RULES } from '../../../src/engine/rules';
import { defaultSettings } from '../../../src/settings/schema';
import { extractPage } from '../../../src/sites/extract-page';
import { DEMO_PROFILES } from '../../../tests/demo/samples';

/** What the extension concludes on a sample with its default settings (built-in rules only). */
function findingsOf(sample: (typeof DEMO_PROFILES)[number]): string[] {
  const window = new Window({ url: sample.url });
  try {
    window.document.write(sample.html);
    const page = extractPage(window.document as unknown as Document, sample.url);
    expect(page.state, sample.id).toBe('profile');
    const out = evaluatePage({ url: sample.url, platform: page.platform as 'linkedin', state: page.state, snapshot: page.snapshot }, defaultSettings(), { allowlist: {}, dismissed: {} });
    return (out.report?.findings ?? []).map((f) => f.ruleId);
  } finally {
    void window.happyDOM.close();
  }
}

describe('the demo’s sample profiles', () => {
  it('show exactly the signals each was written to show, through built-in rules only', () => {
    const builtIn = new Set(RULES.map((r) => r.id));
    for (const sample of DEMO_PROFILES) {
      const ids = findingsOf(sample);
      for (const id of ids) expect(builtIn.has(id), `${sample.id}: ${id}`).toBe(true);
      expect([...ids].sort(), sample.id).toEqual([...sample.signals].sort());
    }
  });

  it('include an ordinary profile that stays clean, and profiles with 1, 3 and 8 signals for the popup’s height checks', () => {
    expect(DEMO_PROFILES.map((p) => p.signals.length)).toEqual([0, 1, 3, 8]);
    for (const p of DEMO_PROFILES) expect(p.html).not.toMatch(/test rule|panel-sample-keyword/i);
  });
});
