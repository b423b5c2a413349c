import rule from '../../../../src/rules/refer-more-workers';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'can refer more developers', input: say('If you need, I can also refer more developers from my team.') },
    { name: 'friends can join', input: say('My friends can also join your project, they are senior engineers.') },
    { name: 'do you need more', input: say('Do you need more developers? We have capacity.') },
  ],
  quiet: [
    { name: 'hired engineers (past)', input: say('Hired and onboarded 5 engineers; mentored other developers.') },
    { name: 'onboarding new developers', input: say('I can onboard new developers quickly with good docs.') },
    { name: 'clean profile', input: at({}) },
  ],
});
