import { runCases } from './cases';
import table from './cases/no-business-hours';

runCases(table);
