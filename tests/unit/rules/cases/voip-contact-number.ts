import rule from '../../../../src/rules/voip-contact-number';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'UK VoIP range in a résumé header', input: say('Jordan Lee · Senior React Developer · +44 56 0123 4567 · Telegram @jlee_dev') },
    { name: 'Dutch VoIP range pasted alone', input: textInput('+31 85 123 4567', 'phone', NOW) },
    { name: 'UK personal (virtual) number', input: say('Reach me any time on +44 70 1234 5678, it forwards to my mobile.') },
    { name: 'on a profile', input: at({ about: 'Contact: +44 56 0123 4567' }, 'upwork') },
  ],
  quiet: [
    { name: 'ordinary landline', input: say('Call me on +44 20 7946 0958 after 5pm.') },
    { name: 'US number (no VoIP range in the plan)', input: say('Phone: +1 415 555 0132') },
    { name: 'national number without a country', input: say('Phone: 056 0123 4567') },
    { name: 'encrypted messenger only (not flagged)', input: say('I am on Signal and Telegram, same handle as GitHub.') },
    { name: 'numbers that are not phones', input: say('Improved p95 latency by +15 % and cut costs by +2,500,000 in 2023.') },
    { name: 'clean profile', input: at({}) },
  ],
});
