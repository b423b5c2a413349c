import rule from '../../../../src/rules/changing-contacts';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'new number', input: say('Hi, my new number is +1 555 0100 234, the old one no longer works.') },
    { name: 'three e-mails', input: say('Reach me at alex.m@mailbox.example, alexdev@post.example or a.morgan@inbox.example') },
    { name: 'three phones', input: say('Phone: +44 20 7946 0018\nMobile: +44 7700 900123\nWhatsApp: +1 202 555 0143') },
  ],
  quiet: [
    { name: 'another message, not another address', input: say('Did you get my other email about the Thursday meeting?') },
    { name: 'a newsletter footer', input: say('To subscribe write to subscribe@weeklyfuel.example, to stop write to unsubscribe@weeklyfuel.example, ads: advertise@weeklyfuel.example, letters: editor@weeklyfuel.example') },
    { name: 'one of each', input: say('Alex Morgan · alex@northwind.example · +1 202 555 0143 · github.com/alexm') },
    { name: 'referees after heading', input: say('alex@northwind.example\n\nReferences:\nJo Park, jo@acme.example, +1 202 555 0101\nSam Lee, sam@beta.example, +1 202 555 0102') },
    { name: 'role mailboxes', input: say('Contact info@acme.example, sales@acme.example, support@acme.example or me at alex@acme.example') },
    { name: 'dates are not phones', input: say('2019-2022 Senior Engineer, 2016 - 2019 Engineer, v1.2.3-2024') },
    { name: 'clean profile', input: at({}) },
  ],
});
