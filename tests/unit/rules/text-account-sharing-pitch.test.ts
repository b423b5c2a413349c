import { runCases } from './cases';
import table from './cases/account-sharing-pitch';

runCases(table);
