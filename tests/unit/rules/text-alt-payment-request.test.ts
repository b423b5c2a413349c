import { runCases } from './cases';
import table from './cases/alt-payment-request';

runCases(table);
