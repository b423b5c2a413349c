import { runCases } from './cases';
import table from './cases/video-avoidance';

runCases(table);
