import rule from '../../../../src/rules/lookalike-employer-domain';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at, position } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

const brightwave = (emails: string[]) =>
  at({
    emails,
    positions: [position({ title: 'Engineer', company: 'Brightwave Solutions', companyUrl: 'https://www.brightwave.com/', start: '2020-01', end: '2023-06' })],
  });

export default defineCases(rule, {
  fires: [
    { name: 'padded e-mail domain', input: brightwave(['alex@brightwave-solutions-inc.com']) },
    { name: 'confusable e-mail domain', input: brightwave(['alex@brlghtwave.com']) },
    { name: 'text: typo of a named company', input: say('Senior developer at Brightwave Solutions, contact: hr@brlghtwave.com') },
    {
      name: 'text: employer heading the entry, contact a few lines below',
      input: say('Brightwave Solutions\nSenior Developer\nMarch 2020 – June 2023\nBuilt the billing service and its reporting.\nReference: jane.doe@brlghtwave.com'),
    },
    { name: 'text: padded domain next to the real one', input: say('Brightwave Solutions (brightwave.com) — reference: jane@brightwave-solutions-inc.com') },
  ],
  quiet: [
    { name: 'a library named like its domain, plural', input: say('I built real-time chat with Sockets on the server and socket.io in the browser for a logistics startup.') },
    { name: 'a possessive company name', input: say("Worked at Marlowe's Auctions as a web developer (contact: jobs@marlowes.com).") },
    { name: 'e-mail on the real domain', input: brightwave(['alex@brightwave.com']) },
    { name: 'regional domain', input: brightwave(['alex@brightwave.co.uk']) },
    { name: 'free mailbox', input: brightwave(['alex.morgan@gmail.com']) },
    { name: 'text: exact company domain', input: say('Engineer at Brightwave Solutions, hr@brightwave.com') },
    { name: 'text: unrelated short names', input: say('Worked at Acme, then Acne Studios; alex@acne.example') },
    {
      name: 'text: the next entry’s employer, past a blank line, is not this domain’s',
      input: say('Brightwave Solutions\nDeveloper, 2018 – 2020\n\nBrlghtwave Labs\nContact: hr@brlghtwave.com'),
    },
    { name: 'clean profile', input: at({}) },
  ],
});
