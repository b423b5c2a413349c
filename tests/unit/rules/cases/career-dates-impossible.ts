import rule from '../../../../src/rules/career-dates-impossible';
import { defineCases } from '../cases';
import { at, position } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'job ends before it starts', input: at({ positions: [position({ title: 'Developer', company: 'Contoso', start: '2021-06', end: '2019-03' })] }) },
    { name: 'job starts in the future', input: at({ positions: [position({ title: 'Developer', company: 'Contoso', start: '2027-01', current: true })] }) },
  ],
  quiet: [
    { name: 'ordinary dates', input: at({}) },
    { name: 'same year, year-only', input: at({ positions: [position({ title: 'Developer', start: '2021', end: '2021' })] }) },
    { name: 'expected graduation in the future', input: at({ education: [{ school: 'Example University', degree: 'MSc', start: '2025-09', end: '2027-06' }] }) },
    { name: 'next month start within slack', input: at({ positions: [position({ title: 'Developer', start: '2026-04', current: true })] }) },
  ],
});
