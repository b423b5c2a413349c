import table from './cases/unverified-identity';
import { runCases } from './cases';

runCases(table);
