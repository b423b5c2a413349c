import table from './cases/name-spelling-mismatch';
import { runCases } from './cases';

runCases(table);
