import rule from '../../../../src/rules/high-rating-low-rate';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [{ name: '4.9 over 40 jobs at 7 USD', input: at({ rating: 4.9, reviewCount: 40, hourlyRate: { amount: 7, currency: 'USD' } }, 'upwork') }],
  quiet: [
    { name: 'good rate', input: at({ rating: 4.9, reviewCount: 40, hourlyRate: { amount: 45, currency: 'USD' } }, 'upwork') },
    { name: 'few reviews', input: at({ rating: 5, reviewCount: 3, hourlyRate: { amount: 7, currency: 'USD' } }, 'upwork') },
    { name: 'ordinary rating', input: at({ rating: 4.3, reviewCount: 40, hourlyRate: { amount: 7, currency: 'USD' } }, 'upwork') },
  ],
});
