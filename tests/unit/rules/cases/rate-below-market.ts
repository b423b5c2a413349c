import rule from '../../../../src/rules/rate-below-market';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'senior at 8 USD', input: at({ headline: 'Senior Full-Stack Developer', hourlyRate: { amount: 8, currency: 'USD' } }, 'upwork') },
    { name: 'years claim at 10 EUR', input: at({ about: '12 years of experience building apps', hourlyRate: { amount: 10, currency: 'EUR' } }, 'freelancer') },
  ],
  quiet: [
    { name: 'senior at 60 USD', input: at({ headline: 'Senior Full-Stack Developer', hourlyRate: { amount: 60, currency: 'USD' } }, 'upwork') },
    { name: 'junior at 8 USD', input: at({ headline: 'Junior developer', hourlyRate: { amount: 8, currency: 'USD' } }, 'upwork') },
    { name: 'unknown currency', input: at({ headline: 'Senior developer', hourlyRate: { amount: 5, currency: 'XYZ' } }, 'upwork') },
    { name: 'no rate', input: at({ headline: 'Senior developer' }, 'upwork') },
  ],
});
