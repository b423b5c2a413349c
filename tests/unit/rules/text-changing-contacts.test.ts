import { runCases } from './cases';
import table from './cases/changing-contacts';

runCases(table);
