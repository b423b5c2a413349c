import rule from '../../../../src/rules/seized-domain-link';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at, position } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'seized site in pasted text', input: say('Previous employer: Independent Lab LLC (https://www.inditechlab.com/about)') },
    { name: 'e-mail on seized domain', input: say('Reference: hr@hopanatech.com') },
    { name: 'employer link on a profile', input: at({ positions: [position({ title: 'Engineer', company: 'Tony WKJ', companyUrl: 'https://wkjllc.com', start: '2021-01', current: true })] }) },
  ],
  quiet: [
    { name: 'longer word containing a seized name', input: say('See notinditechlab.com and inditechlab.community') },
    { name: 'ordinary sites', input: say('Portfolio: https://alexmorgan.example.dev, github.com/alexm') },
    { name: 'clean profile', input: at({}) },
  ],
});
