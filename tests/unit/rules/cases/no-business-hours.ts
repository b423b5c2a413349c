import rule from '../../../../src/rules/no-business-hours';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: "can't work business hours", input: say("I can't work during your business hours, but I can deliver overnight.") },
    { name: 'not available during US hours', input: say('I am not available during US office hours.') },
    { name: 'only at night', input: say('I can only work at night your time.') },
  ],
  quiet: [
    { name: 'overlap offered', input: say('Remote, based in UTC+2, with 4 hours of overlap with US Eastern time.') },
    { name: 'no problem with hours', input: say("I can't see any problem working during your business hours.") },
    { name: 'clean profile', input: at({}) },
  ],
});
