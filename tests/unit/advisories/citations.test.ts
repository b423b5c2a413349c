import { describe, expect, it } from 'vitest';
import { sourceFor } from '../../../src/advisories/catalogue';
import { RULES } from '../../../src/engine/rules';
import { evaluate } from '../../../src/engine/evaluate';
import { textInput } from '../../../src/core/rule-input';

describe('citations shown with findings', () => {
  it('every indicator a rule names resolves to its document, section and URL', () => {
    const ids = [...new Set(RULES.flatMap((r) => r.indicators))];
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const source = sourceFor(id);
      expect(source, id).not.toBeNull();
      expect(source!.url, id).toMatch(/^https:\/\//);
      expect(source!.indicatorId).toBe(id);
    }
  });

  it('answers null for an unknown id and for inherited object keys', () => {
    expect(sourceFor('no-such-indicator')).toBeNull();
    expect(sourceFor('constructor')).toBeNull();
    expect(sourceFor('__proto__')).toBeNull();
  });
});

describe('citations say exactly why (document, date, URL, basis)', () => {
  const cites = (text: string, ruleId: string, kind: 'text' | 'company' = 'text') =>
    evaluate(textInput(text, kind, new Date('2026-12-02T00:00:00Z'))).findings.find((f) => f.ruleId === ruleId)?.sources ?? [];

  it('an entity match cites that entity’s own designation, not a fixed older release', () => {
    const alis = cites('Alis LLC', 'sanctioned-entity-name', 'company');
    expect(alis[0]).toMatchObject({ id: 'uskr24-sanc-mar', date: '2024-03-27', basis: 'secondary', indicatorId: 'ofac-rf-sanctioned-entity-match' });
    expect(alis[0]!.url).toMatch(/^https:\/\/complianceconcourse\.willkie\.com\//);
    expect(alis.some((s) => s.id === 'us18-ofac')).toBe(false);

    const kumjung = cites('조선금정경제정보기술교류사', 'sanctioned-entity-name', 'company');
    expect(kumjung[0]).toMatchObject({ id: 'kr24-sanc-dec', date: '2024-12-26', basis: 'secondary' });

    const chinyong = cites('진영정보기술개발협조회사', 'sanctioned-entity-name', 'company');
    expect(chinyong.map((s) => [s.id, s.basis])).toEqual([
      ['us23-ofac', 'primary'],
      ['kr23-sanc-may', 'secondary'],
    ]);

    const silverstar = cites('Worked at Yanbian Silverstar Network Technology Co., Ltd.', 'sanctioned-entity-name');
    expect(silverstar[0]).toMatchObject({ id: 'us18-ofac', date: '2018-09-13', basis: 'primary', url: 'https://home.treasury.gov/news/press-releases/sm481' });
  });

  it('a seized-domain match cites the document or report that names that domain', () => {
    expect(cites('Bought my profile at https://upworksell.com/shop', 'seized-domain-link')[0]).toMatchObject({
      id: 'us24-doj-may',
      date: '2024-05-16',
      basis: 'secondary',
    });
    expect(cites('Previous employer site: inditechlab.com', 'seized-domain-link')[0]).toMatchObject({
      id: 'sentinellabs-front-companies',
      basis: 'vendor',
    });
  });

  it('every indicator citation carries a basis and the document’s date', () => {
    for (const id of ['us22-rf-crypto-pay', 'ca25-rf-crypto-request', 'jp24-rf-below-market-rate']) {
      const s = sourceFor(id)!;
      expect(['primary', 'secondary', 'vendor'], id).toContain(s.basis);
      expect(s.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(sourceFor('us22-rf-crypto-pay')!.basis).toBe('primary');
    expect(sourceFor('ca25-rf-crypto-request')!.basis).toBe('secondary');
  });
});
