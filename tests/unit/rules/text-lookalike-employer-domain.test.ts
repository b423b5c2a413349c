import { runCases } from './cases';
import table from './cases/lookalike-employer-domain';

runCases(table);
