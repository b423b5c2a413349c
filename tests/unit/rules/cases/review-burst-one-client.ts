import rule from '../../../../src/rules/review-burst-one-client';
import { defineCases } from '../cases';
import { at, review } from '../fixtures';

const r = (author: string, date: string, rating = 5) => review({ author, date, rating, text: 'Great work' });
export default defineCases(rule, {
  fires: [
    { name: 'three 5-star reviews from one client in 3 weeks', input: at({ reviews: [r('Blue Harbor LLC', '2025-11-02'), r('Blue Harbor LLC', '2025-11-10'), r('blue harbor llc', '2025-11-20'), r('Other Co', '2025-06-01')] }, 'upwork') },
    { name: 'month-only dates in one month', input: at({ reviews: [r('Q Corp', '2025-05'), r('Q Corp', '2025-05'), r('Q Corp', '2025-05')] }, 'fiverr') },
  ],
  quiet: [
    { name: 'repeat client over a year', input: at({ reviews: [r('Blue Harbor LLC', '2025-01-02'), r('Blue Harbor LLC', '2025-05-10'), r('Blue Harbor LLC', '2025-11-20')] }, 'upwork') },
    { name: 'different clients', input: at({ reviews: [r('A Co', '2025-11-02'), r('B Co', '2025-11-03'), r('C Co', '2025-11-04')] }, 'upwork') },
    { name: 'anonymised clients', input: at({ reviews: [r('Private client', '2025-11-02'), r('Private client', '2025-11-03'), r('Private client', '2025-11-04')] }, 'upwork') },
    { name: 'ratings not top', input: at({ reviews: [r('Q Corp', '2025-11-02', 4), r('Q Corp', '2025-11-03', 4), r('Q Corp', '2025-11-04', 4)] }, 'upwork') },
  ],
});
