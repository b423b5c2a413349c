import { runCases } from './cases';
import table from './cases/seized-domain-link';

runCases(table);
