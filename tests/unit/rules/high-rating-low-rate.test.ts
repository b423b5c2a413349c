import table from './cases/high-rating-low-rate';
import { runCases } from './cases';

runCases(table);
