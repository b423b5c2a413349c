import { runCases } from './cases';
import table from './cases/refer-more-workers';

runCases(table);
