import table from './cases/reviews-before-account';
import { runCases } from './cases';

runCases(table);
