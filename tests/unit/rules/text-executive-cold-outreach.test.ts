import { runCases } from './cases';
import table from './cases/executive-cold-outreach';

runCases(table);
