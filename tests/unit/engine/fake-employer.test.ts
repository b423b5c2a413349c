import { describe, expect, it } from 'vitest';
import { FAKE_EMPLOYERS } from '../../../src/advisories/fake-employers';
import { FRONT_COMPANIES } from '../../../src/advisories/front-companies';
import { SEIZED_DOMAINS } from '../../../src/advisories/seized-domains';
import { profileInput } from '../../../src/core/rule-input';
import { evaluate } from '../../../src/engine/evaluate';
import { lookup } from '../../../src/engine/lookup';
import { NOW, at, position } from '../rules/fixtures';

const ruleIds = (raw: string) => lookup(raw, undefined, NOW).report?.findings.map((f) => f.ruleId) ?? [];

describe('fake employers in company look-ups', () => {
  it('answers every spelling and domain with its own wording and the action that names it', () => {
    for (const entity of FAKE_EMPLOYERS) {
      for (const raw of [entity.name, ...entity.aliases, ...entity.domains, ...entity.domains.map((d) => `https://www.${d}/careers`), ...entity.domains.map((d) => `hr@${d}`)]) {
        const r = lookup(raw, undefined, NOW);
        const f = r.report?.findings.find((x) => x.ruleId === 'fake-employer');
        expect(f, raw).toBeDefined();
        expect(f!.title).toBe('Known fake employer used to lure developers');
        expect(f!.sources[0]).toMatchObject({ id: 'us25-fbi-blocknovas', basis: 'secondary' });
        // Never the candidate-side seized-domain signal.
        expect(r.report!.findings.map((x) => x.ruleId), raw).not.toContain('seized-domain-link');
      }
    }
  });

  it('never raises a candidate signal: not on a profile, not in pasted text', () => {
    const victim = at({ positions: [position({ title: 'Developer', company: 'BlockNovas LLC', companyUrl: 'https://blocknovas.com', start: '2024-11', current: true })] });
    expect(evaluate(profileInput(victim.profile!, NOW)).findings).toEqual([]);
    const story = 'I interviewed with BlockNovas (blocknovas.com) and SoftGlide last spring; Angeloper Agency sent me a test task.';
    expect(ruleIds(story)).toEqual([]);
  });

  it('leaves ordinary companies and words alone', () => {
    for (const raw of ['Block Nova Studio', 'softglide.io', 'Soft Glide Furniture', 'Angel Oper House', 'novas.com']) expect(ruleIds(raw), raw).not.toContain('fake-employer');
  });
});

describe('new designated entities in look-ups (each spelling)', () => {
  const added = ['Alis LLC', 'Pioneer Bencont Star Real Estate', 'Korea Kumjung Economic Information Technology Exchange Corporation', 'Tongmyong Technology Trade Company', 'Kumsong Academy', 'Independent Lab LLC', 'Tony WKJ LLC'];
  it('finds every name and alias as a company look-up', () => {
    for (const entity of FRONT_COMPANIES.filter((e) => added.includes(e.name) || e.aliases.includes('진영정보기술개발협조회사'))) {
      for (const raw of [entity.name, ...entity.aliases]) expect(ruleIds(raw), raw).toContain('sanctioned-entity-name');
    }
  });

  it('finds the new seized domains, cited to the action that names them', () => {
    const r = lookup('upworksell.com', undefined, NOW);
    const f = r.report?.findings.find((x) => x.ruleId === 'seized-domain-link');
    expect(f?.sources[0]).toMatchObject({ id: 'us24-doj-may', date: '2024-05-16' });
    expect(SEIZED_DOMAINS.some((d) => d.domain === 'upworksell.com')).toBe(true);
  });

  it('does not read an ordinary phrase as a shell company', () => {
    expect(ruleIds('Results were confirmed by an independent lab in Boston.')).not.toContain('sanctioned-entity-name');
    expect(ruleIds('Alice LLC')).toContain('sanctioned-entity-name');
    expect(ruleIds('I worked for Alice LLC, a bakery in Ohio, for two years.')).not.toContain('sanctioned-entity-name');
  });
});
