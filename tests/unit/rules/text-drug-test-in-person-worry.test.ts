import { runCases } from './cases';
import table from './cases/drug-test-in-person-worry';

runCases(table);
