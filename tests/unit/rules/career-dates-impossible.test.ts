import table from './cases/career-dates-impossible';
import { runCases } from './cases';

runCases(table);
