import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../../src/core/normalise';
import { textInput } from '../../../src/core/rule-input';
import { evaluate } from '../../../src/engine/evaluate';

const NOW = new Date('2026-03-15T12:00:00Z');
const rulesOn = (text: string) => evaluate(textInput(text, 'text', NOW)).findings.map((f) => f.ruleId);
const evidenceOn = (text: string) => evaluate(textInput(text, 'text', NOW)).findings.flatMap((f) => f.evidence);

describe('cues read folded text', () => {
  it('folds full-width letters, Cyrillic and Greek look-alikes, invisible and bidi controls, and accents', () => {
    expect(foldForMatching('\uFF55\uFF50\uFF57\uFF4F\uFF52\uFF4B').text).toBe('upwork');
    expect(foldForMatching('r\u0435nt y\u043Eur \u0430cc\u03BFunt').text).toBe('rent your account');
    expect(foldForMatching('ac\u200Bco\u202Eunt\u2066').text).toBe('account');
    expect(foldForMatching('r\u00E9sum\u00E9 na\u0131ve').text).toBe('resume naive');
    expect(foldForMatching('plain ascii').from).toBeNull();
  });

  it('maps every folded position back to the input', () => {
    const input = 'ｂuy\u200B ｕｐｗｏｒｋ';
    const { text, from } = foldForMatching(input);
    expect(text).toBe('buy upwork');
    expect(input.slice(from![4]!, from![text.length]!)).toBe('ｕｐｗｏｒｋ');
  });

  it.each([
    ['full-width letters', 'I want to buy \uFF55\uFF50\uFF57\uFF4F\uFF52\uFF4B account'],
    ['Cyrillic look-alikes', 'Looking for someone to r\u0435nt their Upw\u043Erk account, I pay 300 USD monthly'],
    ['zero-width spaces', 'need some\u200Bone to take inter\u200Bviews for me, pay per interview'],
    ['right-to-left override and isolates', 'I want to \u202Ebuy\u202C \u2066upwork\u2069 account'],
    ['accented letters', 'I wánt to búy úpwork accóunt'],
  ])('an evasion by %s does not hide a cue', (_label, text) => {
    expect(rulesOn(text).length).toBeGreaterThan(0);
  });

  it('quotes the writer’s own characters', () => {
    const [line] = evidenceOn('I want to buy \uFF55\uFF50\uFF57\uFF4F\uFF52\uFF4B account');
    expect(line).toContain('\uFF55\uFF50\uFF57\uFF4F\uFF52\uFF4B');
  });
});

describe('negation, refusal and quotation are handled once, for every rule', () => {
  it.each([
    'not interested in any "account rental" offers, thanks',
    'I am not interested in any “rent your Upwork account” offers.',
    'We got another "buy upwork account" message and reported it as a scam.',
    'Beware of people asking to rent your Upwork account.',
    'I would never take interviews for someone else.',
    'Please do not ask me to buy reviews.',
    'We declined to convert USDT to cash for them.',
  ])('“%s” is a refusal, not the pitch', (text) => {
    expect(rulesOn(text)).toEqual([]);
  });

  it('the pitch itself still fires', () => {
    expect(rulesOn('interested in account rental? we pay $300 monthly')).toContain('account-sharing-pitch');
  });
});

describe('product context is about product work only', () => {
  it('“the address on my application” keeps the laptop cue', () => {
    expect(rulesOn('Please ship the laptop to a different address than the address on my application.')).toContain('equipment-other-address');
  });

  it('a feature built for users still does not', () => {
    expect(rulesOn('Built the feature that lets users ship a device to a different address.')).toEqual([]);
  });

  it('“not able to work normal business hours” is seen', () => {
    expect(rulesOn('Sorry, I am not able to work normal business hours.')).toContain('no-business-hours');
  });
});
