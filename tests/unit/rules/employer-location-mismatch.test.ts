import table from './cases/employer-location-mismatch';
import { runCases } from './cases';

runCases(table);
