import table from './cases/experience-exceeds-history';
import { runCases } from './cases';

runCases(table);
