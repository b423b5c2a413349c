import rule from '../../../../src/rules/experience-exceeds-history';
import { defineCases } from '../cases';
import { at, position } from '../fixtures';

export default defineCases(rule, {
  fires: [
    {
      name: '15 years claimed, history starts 2021',
      input: at({ headline: 'Full-stack engineer with 15+ years of experience', positions: [position({ title: 'Engineer', company: 'A', start: '2021-05', current: true })], education: [] }),
    },
  ],
  quiet: [
    { name: 'claim fits the history', input: at({ about: '10 years of experience', positions: [position({ title: 'Engineer', start: '2016-01', current: true })] }) },
    { name: 'claim a little longer than listed jobs', input: at({ about: '8 years of experience', positions: [position({ title: 'Engineer', start: '2021-01', current: true })], education: [] }) },
    { name: 'no claim', input: at({}) },
    { name: 'no dated history', input: at({ about: '20 years of experience', positions: [], education: [] }) },
    { name: 'positions hidden', input: at({ about: '20 years of experience', positions: [], education: [], missingSections: ['positions'] }) },
  ],
});
