import { runCases } from './cases';
import table from './cases/payout-other-account';

runCases(table);
