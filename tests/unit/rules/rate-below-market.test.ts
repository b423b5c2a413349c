import table from './cases/rate-below-market';
import { runCases } from './cases';

runCases(table);
