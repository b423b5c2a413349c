import table from './cases/broad-skills-many-recs';
import { runCases } from './cases';

runCases(table);
