import table from './cases/review-burst-one-client';
import { runCases } from './cases';

runCases(table);
