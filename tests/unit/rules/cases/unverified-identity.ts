import rule from '../../../../src/rules/unverified-identity';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'Upwork profile with jobs and no badge', input: at({ verified: false, jobsCompleted: 14 }, 'upwork') },
    { name: 'Fiverr profile with reviews and no badge', input: at({ verified: false, reviewCount: 8 }, 'fiverr') },
  ],
  quiet: [
    { name: 'verified', input: at({ verified: true, jobsCompleted: 14 }, 'upwork') },
    { name: 'unknown verification', input: at({ verified: null, jobsCompleted: 14 }, 'upwork') },
    { name: 'unverified but no activity yet', input: at({ verified: false, jobsCompleted: 0 }, 'upwork') },
  ],
});
