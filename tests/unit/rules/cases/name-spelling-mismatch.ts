import rule from '../../../../src/rules/name-spelling-mismatch';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'e-mail with a different spelling', input: at({ emails: ['alex.morgen@example.com'] }) },
    { name: 'self-introduction with another name', input: at({ about: 'Hello! My name is Daniel Brooks and I love clean code.' }) },
    { name: 'profile slug with a different spelling', input: at({ links: ['https://www.linkedin.com/in/alex-morrgan-1a2b3c'] }) },
  ],
  quiet: [
    { name: 'matching e-mail', input: at({ emails: ['alex.morgan@example.com'] }) },
    { name: 'short form of the first name', input: at({ name: 'Alexander Morgan', emails: ['alex.morgan@example.com'] }) },
    { name: 'reversed order', input: at({ about: 'My name is Morgan Alex.' }) },
    { name: 'company address', input: at({ emails: ['hello.team@example.com'] }) },
    { name: 'accents dropped in the address', input: at({ name: 'Zoë Brontë', emails: ['zoe.bronte@example.com'] }) },
  ],
});
