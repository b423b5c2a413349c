import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate';
import { textInput } from '../../../src/core/rule-input';
import { RULES } from '../../../src/engine/rules';
import { NOW, at, position } from './fixtures';

/** The rules that read free text (a profile's long-form text or a pasted lookup). */
const TEXT_RULES = RULES.filter((r) => r.subjects.includes('text'));

/** A realistic, honest résumé (fictional person) full of words the rules must not misread. */
const HONEST_RESUME = `Alex Morgan — Senior Full-Stack Engineer
alex.morgan@northwind.example · +1 202 555 0143 · https://alexmorgan.example.dev · github.com/alexm
Remote (UTC-5). Happy to join Zoom calls with camera on; 4 hours overlap with CET.

Experience
Northwind Labs (northwind.example) — Senior Engineer, 2021–present
- Built a Bitcoin and Ethereum portfolio tracker; integrated the PayPal SDK and Wise API for payouts to merchants.
- Shipped the checkout rewrite; we ship to production daily. Moved the team chat to Discord for the open-source community.
- Implemented a video-call feature where users can turn on camera and switch to chat when bandwidth is low.
- Developed logistics dashboards for freight forwarders shipping parcels to a different address.
Contoso Payments — Engineer, 2017–2021
- Designed payment release before delivery confirmation for marketplace merchants (escrow API).
- Worked directly with the CTO; collaborated with cross-functional teams; hired and mentored 4 engineers.
- Crypto exchange integrations (BTC, ETH, USDT) with strict KYC.

Education: BSc Computer Science, Example State University, 2013–2017
Languages: English, Spanish. Passed background check and drug screening.

References:
Jo Park, jo.park@contoso.example, +1 202 555 0101
Sam Lee, sam.lee@northwind.example, +1 202 555 0102`;

const run = (text: string) => TEXT_RULES.map((r) => [r.id, r.check(textInput(text, 'text', NOW))] as const).filter(([, e]) => e);

describe('text rules on honest input', () => {
  it('stay quiet on a realistic résumé', () => {
    expect(TEXT_RULES.length).toBeGreaterThan(10);
    expect(run(HONEST_RESUME)).toEqual([]);
  });

  it('stay quiet on the same résumé as a profile', () => {
    const p = at({
      about: HONEST_RESUME,
      emails: ['alex.morgan@northwind.example'],
      positions: [position({ title: 'Senior Engineer', company: 'Northwind Labs', companyUrl: 'https://northwind.example', start: '2021-01', current: true })],
    }, 'upwork');
    expect(TEXT_RULES.filter((r) => r.check(p))).toEqual([]);
  });
});

describe('text rules on hostile input', () => {
  it('see through zero-width, bidi marks and markup', () => {
    const rule = TEXT_RULES.find((r) => r.id === 'alt-payment-request')!;
    expect(rule.check(textInput('I prefer to be p\u200Baid in \u202eUSDT\u202c.', 'text', NOW))).not.toBeNull();
    expect(rule.check(textInput('<p>Please <b>pay me</b> in <i>USDT</i></p><script>alert(1)</script>', 'text', NOW))).not.toBeNull();
  });

  it('quote a bounded phrase, never the whole text', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(4000);
    const text = `${filler} I can't turn on my camera ${filler}`;
    const evidence = TEXT_RULES.find((r) => r.id === 'video-avoidance')!.check(textInput(text, 'text', NOW))!;
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toContain("can't turn on my camera");
    expect(evidence[0]!.length).toBeLessThan(300);
  });

  it('never throw on 100 KB of adversarial text (speed: npm run bench)', () => {
    const nasty = [
      'pay me '.repeat(3000),
      'a@b.'.repeat(3000),
      '+1 2'.repeat(3000),
      'I can not '.repeat(3000),
      `www.${'a-'.repeat(3000)}.com`,
      'Brightwave '.repeat(3000),
      '\u202e\u200f'.repeat(2000),
    ].join('\n').slice(0, 100_000);
    for (const rule of TEXT_RULES) expect(() => rule.check(textInput(nasty, 'text', NOW))).not.toThrow();
  });
});

describe('text rules through the engine', () => {
  it('report evidence, guidance sources and next step', () => {
    const report = evaluate(textInput('Hi! Please pay me in USDT and ship the laptop to my cousin\'s address.', 'text', NOW));
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['alt-payment-request', 'equipment-other-address']));
    const payment = report.findings.find((f) => f.ruleId === 'alt-payment-request')!;
    expect(payment.evidence[0]).toContain('pay me in USDT');
    expect(payment.title).not.toContain('rules.');
    expect(payment.nextStep).not.toContain('rules.');
  });

  it('rate a seized-domain match high on its own', () => {
    const report = evaluate(textInput('Worked at Independent Lab LLC — https://inditechlab.com', 'text', NOW));
    expect(report.findings.map((f) => f.ruleId)).toContain('seized-domain-link');
    expect(report.level).toBe('high');
  });
});
