import rule from '../../../../src/rules/facilitator-company-billing';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'manager’s company invoices (scheme phrasing)', input: say('My manager\'s company will invoice you every month and then they pay me my part.') },
    { name: 'invoice through a friend’s LLC', input: say('For the contract please invoice through my friend\'s LLC in Texas, it is easier for the payment.') },
    { name: 'US partner company forwards pay', input: say('A US partner company will sign the contract and forward the money to me.') },
    { name: 'agency owned by a friend', input: say('We work through an agency owned by my friend, so invoices come from his company.') },
    { name: 'LLC run by a relative', input: say('You will pay Acme Solutions LLC, which is owned by my relative, and they will pay me.') },
    { name: 'plain wording', input: say('payment goes to my cousins company, he sends it to me after') },
    { name: 'on a proposal page', input: at({ about: 'Billing: my agent\'s agency bills clients for my hours.' }, 'upwork') },
  ],
  quiet: [
    { name: 'own company invoices', input: say('I invoice through my own limited company; VAT number on request.') },
    { name: 'employer of record', input: say('I am fine being paid through Deel or your employer of record.') },
    { name: 'product work on billing', input: say('Built the billing module so a partner company can invoice its customers automatically.') },
    { name: 'family business mentioned', input: say('I grew up helping at a bakery owned by my uncle; now I build payment systems in Go.') },
    { name: 'friend’s company as a reference', input: say('I worked at my friend\'s company for two years as a backend developer.') },
    { name: 'clean profile', input: at({}) },
  ],
});
