import table from './cases/few-connections-for-seniority';
import { runCases } from './cases';

runCases(table);
