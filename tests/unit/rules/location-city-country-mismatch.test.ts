import table from './cases/location-city-country-mismatch';
import { runCases } from './cases';

runCases(table);
