import rule from '../../../../src/rules/template-reuse';
import { defineCases } from '../cases';
import { at } from '../fixtures';

const other = { url: 'https://www.upwork.com/freelancers/~01aa', platform: 'upwork' as const, seenAt: '2026-10-02T09:00:00.000Z', similarity: 0.81 };

export default defineCases(rule, {
  fires: [{ name: 'the seen index found another profile with the same text', input: { ...at({}), seenMatches: [other] } }],
  quiet: [
    { name: 'no index available', input: at({}) },
    { name: 'index has no similar profile', input: { ...at({}), seenMatches: [] } },
  ],
});
