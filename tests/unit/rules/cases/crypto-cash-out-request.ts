import rule from '../../../../src/rules/crypto-cash-out-request';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'convert USDT to cash', input: say('I need someone who can convert USDT to cash and send to bank. You keep 5%') },
    { name: 'receive and wire', input: say('Looking for a person to receive crypto and exchange it to USD, then wire to my account.') },
    { name: 'cash out my bitcoin', input: say('can you help cash out my bitcoin? I send btc, you send me money via bank transfer') },
    { name: 'crypto to fiat for me', input: say('Need help to exchange crypto to fiat for me, good fee') },
    { name: 'stated on a profile', input: at({ about: 'Looking for partners to cash out USDT for our team, commission paid.' }, 'upwork') },
  ],
  quiet: [
    { name: 'exchange backend', input: say('Handled cryptocurrency payouts in the exchange backend.') },
    { name: 'built a converter', input: say('Built a feature to convert BTC to USD prices for the dashboard.') },
    { name: 'own conversion', input: say('Converted our billing to USD and sent the invoice to your bank.') },
    { name: 'payment preference (alt-payment-request)', input: say('I prefer to be paid in USDT.') },
    { name: 'clean profile', input: at({}) },
  ],
});
