import table from './cases/thin-profile';
import { runCases } from './cases';

runCases(table);
