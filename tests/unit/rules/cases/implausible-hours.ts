import rule from '../../../../src/rules/implausible-hours';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [{ name: '9000 hours in 14 months', input: at({ memberSince: '2025-02', hoursWorked: 9000 }, 'upwork') }],
  quiet: [
    { name: 'full-time pace', input: at({ memberSince: '2020-01', hoursWorked: 12000 }, 'upwork') },
    { name: 'no join date', input: at({ memberSince: null, hoursWorked: 9000 }, 'upwork') },
    { name: 'year-only join date read at its oldest', input: at({ memberSince: '2025', hoursWorked: 4200 }, 'upwork') },
  ],
});
