import { runCases } from './cases';
import table from './cases/sanctioned-entity-name';

runCases(table);
