import rule from '../../../../src/rules/payout-other-account';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'account suspended', input: say('My Upwork account was suspended last week, so we need another way.') },
    { name: "cousin's account", input: say("Please send the payment to my cousin's bank account, it is faster.") },
    { name: 'another name', input: say('The PayPal account is under my brother\'s name but it is fine.') },
    { name: 'switch account', input: say('Could you switch to a new bank account for the next payment?') },
    { name: 'under a relative’s ID (scheme phrasing)', input: say('For tax reasons please make the payment under my uncle\'s ID, he will pass it to me.') },
    { name: 'pay to a sister (plain phrasing)', input: say('Is it possible to pay to my sister? She has a bank account in the US.') },
    { name: 'forwarded on to the worker', input: say('Could you pay the invoice to my colleague Wang? He will forward it to me.') },
    { name: 'contract in a friend’s name (plain phrasing)', input: say('Can we put the contract in my friend\'s name? The money goes to him and he sends it on.') },
  ],
  quiet: [
    { name: 'product work on suspended accounts', input: say('Implemented a flow where the account is suspended after fraud checks for users.') },
    { name: 'own account', input: say('Please pay to my bank account in my name, details attached.') },
    { name: 'a friend’s name mentioned in passing', input: say('My friend\'s name is on the team page; payment can go to my own account as usual.') },
    { name: 'sending an invoice to a manager for approval', input: say('I will send the invoice to my manager in the finance team for approval.') },
    { name: 'recruiter forwards a CV', input: say('Thanks! She will forward my CV to the hiring manager.') },
    { name: 'ID check for payroll (ordinary onboarding)', input: say('I can send my ID for payroll; the salary should go to my own account.') },
    { name: 'clean profile', input: at({}) },
  ],
});
