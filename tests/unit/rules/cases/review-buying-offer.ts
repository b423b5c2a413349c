import rule from '../../../../src/rules/review-buying-offer';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'buy reviews', input: say('I want to buy reviews for my upwork profile, 5 star only') },
    { name: 'feedback paid back', input: say("give me 5 star feedback on fiverr and i'll refund the order") },
    { name: 'fake jobs for reviews', input: say('hire me for small fake jobs and leave good review, I send money back') },
    { name: 'pay for positive reviews', input: say('will pay for positive reviews on my freelancer profile') },
    { name: 'stated on a profile', input: at({ about: 'Selling 5-star reviews for new sellers, DM me.' }, 'fiverr') },
  ],
  quiet: [
    { name: 'an analyst’s buy rating', input: say('Analysts kept their strong buy rating on the shares after the quarterly results.') },
    { name: 'a newsletter’s buy recommendation', input: say('URGENT BUY RECOMMENDATION: our newsletter stock pick of the week is a small energy company.') },
    { name: 'asking a client for a review', input: say('Please leave a review if you were happy with my work on the project.') },
    { name: 'code reviews', input: say('Wrote reviews of pull requests and mentored two junior developers.') },
    { name: 'fraud work', input: say('Worked with the trust team to remove fake reviews from the marketplace.') },
    { name: 'negated', input: say('I never buy reviews; every rating on my profile is from a real client.') },
    { name: 'clean profile', input: at({}) },
  ],
});
