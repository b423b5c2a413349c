import rule from '../../../../src/rules/alt-payment-request';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'prefers USDT', input: say('Hi! Before we start: I prefer to be paid in USDT if possible.') },
    { name: 'payment method line', input: say('Rate: $35/h\nPayment method: Bitcoin or PayPal') },
    { name: 'Wise account', input: say('Please send the payment to my Wise account every Friday.') },
    { name: 'PRC-linked service', input: say('Kindly pay through Alipay, bank transfer is slow for me.') },
    { name: 'crypto only', input: say('USDT payment only.') },
    { name: 'plain wording of the Canadian red flag', input: say('would it be ok to get paid in bitcoin instead of a bank transfer? its easier for me') },
    { name: 'stated on a profile', input: at({ about: 'Full-stack developer. I only accept payment in crypto (BTC/ETH).' }, 'upwork') },
  ],
  quiet: [
    { name: 'built a crypto exchange', input: say('Built a crypto exchange handling BTC and ETH trades for 40k users.') },
    { name: 'PayPal SDK integration', input: say('Integrated the PayPal SDK and Stripe for checkout payments.') },
    { name: 'Bitcoin projects in a résumé', input: say('Senior engineer. Projects: Bitcoin Lightning wallet, Ethereum smart contracts audit tooling.') },
    { name: 'wise as a word', input: say('I think it would be wise to pay me weekly, by bank transfer.') },
    { name: 'ETH Zurich', input: say('MSc from ETH Zurich; I would like to be paid by bank transfer.') },
    { name: 'negated', input: say('I never ask clients to pay me in crypto.') },
    { name: 'clean profile', input: at({}) },
  ],
});
