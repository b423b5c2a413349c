import table from './cases/overlapping-full-time-jobs';
import { runCases } from './cases';

runCases(table);
