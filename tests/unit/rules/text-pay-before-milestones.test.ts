import { runCases } from './cases';
import table from './cases/pay-before-milestones';

runCases(table);
