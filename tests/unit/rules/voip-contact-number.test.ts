import { describe, expect, it } from 'vitest';
import { textInput } from '../../../src/core/rule-input';
import { evaluate } from '../../../src/engine/evaluate';
import { NOW } from './fixtures';
import rule from '../../../src/rules/voip-contact-number';

describe('voip-contact-number stays weak', () => {
  it('never takes a report above low on its own', () => {
    const r = evaluate(textInput('Senior backend developer. Contact: +44 56 0123 4567', 'text', NOW));
    expect(r.findings.map((f) => f.ruleId)).toEqual(['voip-contact-number']);
    expect(r.level).toBe('low');
  });

  it('quotes at most three numbers, whatever the text holds', () => {
    const many = '+44 56 0123 4567, +31 85 123 4567, +33 9 70 12 34 56, +44 70 1234 5678';
    expect(rule.check(textInput(many, 'text', NOW))).toHaveLength(3);
  });

  it('reads a long hostile text in bounded time', () => {
    const text = '+4456 '.repeat(40_000) + '+44 56 0123 4567';
    const started = performance.now();
    evaluate(textInput(text, 'text', NOW));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
