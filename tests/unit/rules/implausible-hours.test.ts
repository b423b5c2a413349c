import table from './cases/implausible-hours';
import { runCases } from './cases';

runCases(table);
