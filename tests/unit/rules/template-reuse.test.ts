import table from './cases/template-reuse';
import { runCases } from './cases';

runCases(table);
