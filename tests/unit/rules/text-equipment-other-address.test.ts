import { runCases } from './cases';
import table from './cases/equipment-other-address';

runCases(table);
