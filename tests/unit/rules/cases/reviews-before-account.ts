import rule from '../../../../src/rules/reviews-before-account';
import { defineCases } from '../cases';
import { at, review } from '../fixtures';

export default defineCases(rule, {
  fires: [{ name: 'review a year before joining', input: at({ memberSince: '2024-06', reviews: [review({ author: 'Q Corp', rating: 5, date: '2023-05-10' })] }, 'upwork') }],
  quiet: [
    { name: 'review after joining', input: at({ memberSince: '2024-06', reviews: [review({ author: 'Q Corp', rating: 5, date: '2024-06-10' })] }, 'upwork') },
    { name: 'no join date', input: at({ memberSince: null, reviews: [review({ author: 'Q Corp', rating: 5, date: '2020-06-10' })] }, 'upwork') },
    { name: 'year-only join date', input: at({ memberSince: '2024', reviews: [review({ author: 'Q Corp', rating: 5, date: '2024-01-10' })] }, 'upwork') },
  ],
});
