import rule from '../../../../src/rules/new-account';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'member since two months ago', input: at({ memberSince: '2026-01' }, 'upwork') },
    { name: 'GitHub id above the newest anchor, scanned soon after it', input: { ...at({ memberSince: null, accountNumber: 201_000_000 }, 'github'), now: new Date('2025-01-10T00:00:00Z') } },
  ],
  quiet: [
    { name: 'member for years', input: at({ memberSince: '2015-04' }) },
    { name: 'year-only join date read at its oldest', input: at({ memberSince: '2025' }) },
    { name: 'no join date and no id', input: at({ memberSince: null }) },
    { name: 'old GitHub id', input: at({ memberSince: null, accountNumber: 5_000_000 }, 'github') },
    { name: 'account number on LinkedIn is not used', input: at({ memberSince: null, accountNumber: 999_999_999 }) },
    { name: 'join date in the future (bad data)', input: at({ memberSince: '2027-01' }) },
  ],
});
