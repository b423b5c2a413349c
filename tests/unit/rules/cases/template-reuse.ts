import rule from '../../../../src/rules/template-reuse';
import { defineCases } from '../cases';
import { textInput } from '../../../../src/core/rule-input';
import { at, NOW } from '../fixtures';

const other = { url: 'https://www.upwork.com/freelancers/~01aa', platform: 'upwork' as const, seenAt: '2026-10-02T09:00:00.000Z', similarity: 0.81 };

export default defineCases(rule, {
  fires: [
    { name: 'the seen index found another profile with the same text', input: { ...at({}), seenMatches: [other] } },
    {
      name: 'a résumé file repeats the text of a résumé in another name',
      input: { ...textInput('résumé text', 'text', NOW), seenMatches: [{ url: 'resume:Morgan Ellery', platform: 'generic', seenAt: '2026-03-01T10:00:00.000Z', similarity: 0.92, kind: 'resume' }] },
    },
  ],
  quiet: [
    { name: 'no index available', input: at({}) },
    { name: 'index has no similar profile', input: { ...at({}), seenMatches: [] } },
    { name: 'pasted text, no index', input: textInput('Senior engineer, nine years of backend work.', 'text', NOW) },
  ],
});
