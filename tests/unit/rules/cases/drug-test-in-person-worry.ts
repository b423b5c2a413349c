import rule from '../../../../src/rules/drug-test-in-person-worry';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'asks to skip drug test', input: say('Do I have to take a drug test? I would rather skip it.') },
    { name: 'drug screening mandatory?', input: say('Is the drug screening really mandatory for a remote role?') },
    { name: "can't meet in person", input: say("I can't meet in person for the onboarding, sorry.") },
  ],
  quiet: [
    { name: 'passed screening', input: say('Passed background check and drug screening at my previous employer.') },
    { name: 'lab software', input: say('Developed drug testing lab software for clinics.') },
    { name: 'remote preference', input: say('Looking for remote work; happy to meet in person for the interview.') },
    { name: 'clean profile', input: at({}) },
  ],
});
