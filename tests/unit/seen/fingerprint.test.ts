import { describe, expect, it } from 'vitest';
import { fingerprint, REUSE_THRESHOLD, similarity, decodeSignature, encodeSignature } from '../../../src/seen/fingerprint';

import { LIGHT_PARAPHRASE, SAME_TEMPLATE_SWAPPED, TEMPLATE, UNRELATED_2, UNRELATED_SAME_TRADE } from '../../fixtures/seen/texts';

describe('fingerprint', () => {
  const base = fingerprint(TEMPLATE, ['Daniel Brooks'])!;

  it('matches a reused template with a swapped name, reordered sentences and changed numbers', () => {
    const other = fingerprint(SAME_TEMPLATE_SWAPPED, ['Marek Novak'])!;
    expect(similarity(base, other)).toBeGreaterThanOrEqual(0.8);
  });

  it('matches a light paraphrase above the threshold', () => {
    const other = fingerprint(LIGHT_PARAPHRASE, ['Ana Ruiz'])!;
    expect(similarity(base, other)).toBeGreaterThanOrEqual(REUSE_THRESHOLD);
  });

  it('does not match unrelated profiles of the same trade that share stock phrases', () => {
    for (const text of [UNRELATED_SAME_TRADE, UNRELATED_2]) {
      expect(similarity(base, fingerprint(text)!)).toBeLessThan(REUSE_THRESHOLD);
    }
    expect(similarity(fingerprint(UNRELATED_SAME_TRADE)!, fingerprint(UNRELATED_2)!)).toBeLessThan(REUSE_THRESHOLD);
  });

  it('does not fingerprint short blurbs', () => {
    expect(fingerprint('Passionate full-stack developer. React, Node, AWS.')).toBeNull();
  });

  it('round-trips through its storage encoding in 172 characters', () => {
    const enc = encodeSignature(base);
    expect(enc).toHaveLength(172);
    expect(Array.from(decodeSignature(enc)!)).toEqual(Array.from(base));
    expect(decodeSignature('not base64!')).toBeNull();
  });

  it('is safe on hostile input', () => {
    expect(() => fingerprint('<script>alert(1)</script>\u202E'.repeat(20_000))).not.toThrow();
  });
});
