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
    {
      name: 'both stated full-time by the page (an ordinary title)',
      input: at({
        positions: [
          position({ title: 'Accountant', company: 'Harbor Freight Co', start: '2021-01', current: true, employmentType: 'full-time' }),
          position({ title: 'Bookkeeper', company: 'Lakeside Dental', start: '2021-06', current: true, employmentType: 'full-time' }),
        ],
      }),
    },
  ],
  quiet: [
    {
      name: 'a co-founder beside a job ("co-founded" in the description)',
      input: at({
        positions: [
          position({ title: 'Software Engineer', company: 'Contoso', start: '2019-01', current: true }),
          position({ title: 'CTO', company: 'Tiny Startup', start: '2020-01', current: true, description: 'Co-founded a two-person studio building apps for bakeries.' }),
        ],
      }),
    },
    {
      name: 'a student-club role beside a contract job',
      input: at({
        positions: [
          position({ title: 'Frontend Developer', company: 'Fabrikam', start: '2022-01', current: true, employmentType: 'contract' }),
          position({ title: 'President', company: 'Robotics Club at Westbrook University', start: '2021-09', current: true }),
        ],
      }),
    },
    {
      name: 'a founder whose titles the reader lost',
      input: at({
        positions: [
          position({ title: null, company: 'Fjordlys Studio', start: '2018-01', current: true }),
          position({ title: null, company: 'Oslo Design Week', start: '2019-01', current: true }),
        ],
      }),
    },
    {
      name: 'a job beside self-employment the page states',
      input: at({
        positions: [
          position({ title: 'Nurse', company: 'City Hospital', start: '2017-01', current: true, employmentType: 'full-time' }),
          position({ title: 'Photographer', company: 'Weddings by Ana', start: '2018-01', current: true, employmentType: 'self-employed' }),
        ],
      }),
    },
    {
      name: 'a job beside an unpaid board seat, both "Full-time" by mistake',
      input: at({
        positions: [
          position({ title: 'Teacher', company: 'Riverside High School', start: '2015-01', current: true, employmentType: 'full-time' }),
          position({ title: 'Board Member', company: 'Riverside Food Bank', start: '2019-01', current: true, employmentType: 'full-time' }),
        ],
      }),
    },
    {
      name: 'a stated part-time job beside a full-time one',
      input: at({
        positions: [
          position({ title: 'Engineer', company: 'Initech', start: '2019-01', current: true, employmentType: 'full-time' }),
          position({ title: 'Barista', company: 'Corner Cafe', start: '2019-03', current: true, employmentType: 'part-time' }),
        ],
      }),
    },
    { name: 'sequential jobs', input: at({ positions: [position({ title: 'Engineer', company: 'A', start: '2018-01', end: '2020-01' }), position({ title: 'Engineer', company: 'B', start: '2020-02', current: true })] }) },
    { name: 'short overlap at a change of job', input: at({ positions: [position({ title: 'Engineer', company: 'A', start: '2018-01', end: '2020-03' }), position({ title: 'Engineer', company: 'B', start: '2020-01', current: true })] }) },
    { name: 'freelance side work', input: at({ positions: [position({ title: 'Engineer', company: 'A', start: '2018-01', current: true }), position({ title: 'Freelance developer', company: 'Self', start: '2019-01', current: true })] }) },
    { name: 'same employer, two roles', input: at({ positions: [position({ title: 'Engineer', company: 'Contoso', start: '2018-01', end: '2021-01' }), position({ title: 'Lead', company: 'contoso', start: '2020-01', current: true })] }) },
    { name: 'year-only dates read narrowly', input: at({ positions: [position({ title: 'Engineer', company: 'A', start: '2018', end: '2020' }), position({ title: 'Engineer', company: 'B', start: '2020', end: '2022' })] }) },
  ],
});
