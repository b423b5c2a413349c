import rule from '../../../../src/rules/few-connections-for-seniority';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'senior title and 12 connections', input: at({ headline: 'Senior Backend Engineer', connections: 12 }) },
    { name: 'years claim and 3 connections', input: at({ about: 'Over 12 years of professional experience in fintech.', connections: 3 }) },
  ],
  quiet: [
    { name: 'senior with a normal network', input: at({ headline: 'Senior Backend Engineer', connections: 240 }) },
    { name: 'junior with few connections', input: at({ headline: 'Junior developer', connections: 5 }) },
    { name: 'capped 500+', input: at({ headline: 'Principal Engineer', connections: 500, connectionsCapped: true }) },
    { name: 'unknown connections', input: at({ headline: 'Principal Engineer', connections: null }) },
  ],
});
