import rule from '../../../../src/rules/employer-location-mismatch';
import { defineCases } from '../cases';
import { at, position } from '../fixtures';

const lisbon = { text: 'Lisbon, Portugal', city: 'Lisbon', region: null, country: 'Portugal' };
export default defineCases(rule, {
  fires: [
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
    { name: 'remote job', input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Toronto, Canada (Remote)', start: '2022-01', current: true })] }) },
    { name: 'same country', input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Porto, Portugal', start: '2022-01', current: true })] }) },
    { name: 'past job abroad', input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Toronto, Canada', start: '2018-01', end: '2021-12' })] }) },
    { name: 'remote in the description', input: at({ location: lisbon, positions: [position({ title: 'Engineer', company: 'Contoso', location: 'Toronto, Canada', start: '2022-01', current: true, description: 'Fully remote role.' })] }) },
  ],
});
