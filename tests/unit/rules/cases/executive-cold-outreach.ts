import rule from '../../../../src/rules/executive-cold-outreach';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

const PITCH =
  'Hello, I hope this message finds you well. I am the CEO of Bluepeak Softworks. We provide full-stack development with a team of 25 engineers. Let me know if you need help with your roadmap.';

export default defineCases(rule, {
  fires: [
    { name: 'CEO pitch', input: say(PITCH) },
    { name: 'short partnership pitch', input: say('Hi, I am CEO of a blockchain startup. I saw your profile and want to offer you partnership') },
  ],
  quiet: [
    { name: 'résumé with CTO role', input: say('Co-founder and CTO at Bluepeak (2019–2022). We built a logistics app.') },
    { name: 'same text on a profile', input: at({ about: PITCH }) },
    { name: 'exec intro without an offer', input: say('Hi, I am the founder of a small bakery and I came across your profile.') },
    { name: 'an employer offering a job', input: say('Hi, I am the CEO of Larkfield Apps. I saw your profile and would like to offer you a position on our team.') },
  ],
});
