import { runCases } from './cases';
import table from './cases/off-platform-request';

runCases(table);
