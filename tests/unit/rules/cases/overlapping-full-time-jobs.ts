import rule from '../../../../src/rules/overlapping-full-time-jobs';
import { defineCases } from '../cases';
import { at, position } from '../fixtures';

export default defineCases(rule, {
  fires: [
    {
      name: 'two full-time jobs overlapping two years',
      input: at({
        positions: [
          position({ title: 'Senior Engineer', company: 'Contoso', start: '2019-01', end: '2022-06' }),
          position({ title: 'Lead Developer', company: 'Fabrikam', start: '2020-03', current: true }),
        ],
      }),
    },
  ],
  quiet: [
    { name: 'sequential jobs', input: at({ positions: [position({ title: 'Engineer', company: 'A', start: '2018-01', end: '2020-01' }), position({ title: 'Engineer', company: 'B', start: '2020-02', current: true })] }) },
    { name: 'short overlap at a change of job', input: at({ positions: [position({ title: 'Engineer', company: 'A', start: '2018-01', end: '2020-03' }), position({ title: 'Engineer', company: 'B', start: '2020-01', current: true })] }) },
    { name: 'freelance side work', input: at({ positions: [position({ title: 'Engineer', company: 'A', start: '2018-01', current: true }), position({ title: 'Freelance developer', company: 'Self', start: '2019-01', current: true })] }) },
    { name: 'same employer, two roles', input: at({ positions: [position({ title: 'Engineer', company: 'Contoso', start: '2018-01', end: '2021-01' }), position({ title: 'Lead', company: 'contoso', start: '2020-01', current: true })] }) },
    { name: 'year-only dates read narrowly', input: at({ positions: [position({ title: 'Engineer', company: 'A', start: '2018', end: '2020' }), position({ title: 'Engineer', company: 'B', start: '2020', end: '2022' })] }) },
  ],
});
