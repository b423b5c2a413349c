import rule from '../../../../src/rules/pay-before-milestones';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'release before delivery', input: say('Please release the milestone payment before I deliver the code.') },
    { name: 'pay before starting', input: say('You need to pay me before starting any work.') },
    { name: 'full payment upfront', input: say('I need 100% payment upfront.') },
  ],
  quiet: [
    { name: 'usual deposit', input: say('My terms: 30% deposit, the rest per milestone after review.') },
    { name: 'release engineering', input: say('Released v2 before starting the migration to the new cluster.') },
    { name: 'payment product', input: say('Implemented payment capture before delivery confirmation for merchants.') },
    { name: 'clean profile', input: at({}) },
  ],
});
