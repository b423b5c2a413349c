import rule from '../../../../src/rules/interview-stand-in-request';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'do my interview, paid', input: say('plz someone do my technical interview, i give 100 usdt') },
    { name: 'someone to take interviews for me', input: say('need someone to take interviews for me, good english, pay per interview') },
    { name: 'paid interview support', input: say('Looking for interview support for a senior Java role. I pay $80 per interview.') },
    { name: 'on my behalf', input: say('Hiring a person to attend job interviews on my behalf.') },
    { name: 'instead of me', input: say('who can do the interview instead of me? will pay') },
    { name: 'helper talks, writer codes', input: say('need interview helper. you only join the call and talk, i will do the coding part') },
    { name: 'stated on a profile', input: at({ about: 'Paid interview proxy wanted for client calls, $50 each.' }, 'upwork') },
  ],
  quiet: [
    { name: 'doing one’s own interview', input: say('I will do my technical interview on Monday; the recruiter said the pay range is fixed.') },
    { name: 'career service coaching', input: say('The career center offers interview support and mock interviews for students.') },
    { name: 'panel member', input: say('Attended interviews on behalf of the hiring manager as part of the panel.') },
    { name: 'recruiter scheduling', input: say('Supported the recruiting team with interview scheduling and candidate follow-up.') },
    { name: 'refused', input: say('I do not need anyone to take interviews for me, thanks.') },
    { name: 'clean profile', input: at({}) },
  ],
});
