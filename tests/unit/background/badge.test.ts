import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/background/badge';
import type { TabReport } from '../../../src/core/messages';
import type { Finding } from '../../../src/core/report';

const finding = (id: string): Finding => ({ ruleId: id, severity: 'low', weight: 1, title: id, why: '', evidence: [], sources: [], nextStep: '' });
const tab = (findings: Finding[], allowlisted = false): TabReport => ({
  url: 'https://github.com/x',
  platform: 'github',
  state: 'profile',
  profile: null,
  report: { findings, score: findings.length, level: findings.length ? 'low' : 'none', allowlisted, dismissed: [] },
  siteDisabled: false,
  scannedAt: '2026-01-01T00:00:00.000Z',
});

describe('badgeText', () => {
  it('shows the number of visible signals', () => {
    expect(badgeText(tab([finding('a'), finding('b')]))).toBe('2');
  });
  it('is empty off-profile, with no signals, or for an allowlisted candidate', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText(tab([]))).toBe('');
    expect(badgeText(tab([finding('a')], true))).toBe('');
    expect(badgeText({ ...tab([]), report: null })).toBe('');
  });
  it('caps at 99+ so the badge stays readable', () => {
    expect(badgeText(tab(Array.from({ length: 120 }, (_, i) => finding(`r${i}`))))).toBe('99+');
  });
});
