import rule from '../../../../src/rules/github-follow-ring';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'persona with a follow-back ring', input: at({ headline: 'Full-stack blockchain developer', followers: 412, following: 398 }, 'github') },
    { name: 'just over the example threshold', input: at({ followers: 230, following: 301 }, 'github') },
  ],
  quiet: [
    { name: 'well-known developer (followed far more than following)', input: at({ followers: 5400, following: 310 }, 'github') },
    { name: 'ordinary developer', input: at({ followers: 38, following: 41 }, 'github') },
    { name: 'follows many, few follow back', input: at({ followers: 12, following: 900 }, 'github') },
    { name: 'following not shown', input: at({ followers: 450 }, 'github') },
    { name: 'clean profile', input: at({}, 'github') },
  ],
});
