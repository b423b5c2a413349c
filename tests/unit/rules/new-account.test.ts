import table from './cases/new-account';
import { runCases } from './cases';

runCases(table);
