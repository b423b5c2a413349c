import table from './cases/timezone-location-mismatch';
import { runCases } from './cases';

runCases(table);
