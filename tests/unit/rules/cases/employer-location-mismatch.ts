import rule from '../../../../src/rules/employer-location-mismatch';
import { parseLocation } from '../../../../src/core/normalise';
import { defineCases } from '../cases';
import { at, position } from '../fixtures';

const lisbon = { text: 'Lisbon, Portugal', city: 'Lisbon', region: null, country: 'Portugal' };
export default defineCases(rule, {
  fires: [
    {
      name: 'a U.S. state code read as a state: Indianapolis, IN with a current on-site job in Berlin',
      input: at({ location: parseLocation('Indianapolis, IN'), positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Berlin, Germany', start: '2022-01', current: true })] }),
    },
    {
      name: 'current on-site job in another country',
      input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Toronto, Canada', start: '2022-01', current: true })] }),
    },
    {
      name: 'bare well-known city',
      input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Seoul', start: '2022-01', current: true })] }),
    },
  ],
  quiet: [
    {
      name: 'a co-founder of a company in another country',
      input: at({ location: lisbon, positions: [position({ title: 'Co-Founder & CTO', company: 'Larkfield Apps', location: 'San Francisco, California, United States', start: '2023-03', current: true })] }),
    },
    {
      name: 'a board seat abroad',
      input: at({ location: lisbon, positions: [position({ title: 'Board Member', company: 'Civic Data Trust', location: 'Toronto, Canada', start: '2020-03', current: true })] }),
    },
    {
      name: 'self-employed work placed abroad',
      input: at({ location: lisbon, positions: [position({ title: 'Developer', company: 'Own practice', location: 'Toronto, Canada', start: '2020-03', current: true, employmentType: 'self-employed' })] }),
    },
    {
      name: '"Mumbai, IN" with a current job in Bengaluru, India (an ordinary person in India)',
      input: at({ location: parseLocation('Mumbai, IN'), positions: [position({ title: 'Engineer', company: 'Infotech', location: 'Bengaluru, India', start: '2022-01', current: true })] }),
    },
    {
      name: '"Toronto, CA" with a current job in Ottawa, Canada',
      input: at({ location: parseLocation('Toronto, CA'), positions: [position({ title: 'Analyst', company: 'Maple Bank', location: 'Ottawa, Canada', start: '2021-05', current: true })] }),
    },
    {
      name: 'the structured country wins over re-reading the text',
      input: at({ location: { text: 'Springfield, IL', city: 'Springfield', region: null, country: 'Israel' }, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Tel Aviv, Israel', start: '2022-01', current: true })] }),
    },
    { name: 'remote job', input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Toronto, Canada (Remote)', start: '2022-01', current: true })] }) },
    { name: 'same country', input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Porto, Portugal', start: '2022-01', current: true })] }) },
    { name: 'past job abroad', input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Toronto, Canada', start: '2018-01', end: '2021-12' })] }) },
    { name: 'remote in the description', input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Toronto, Canada', start: '2022-01', current: true, description: 'Fully remote role.' })] }) },
  ],
});
