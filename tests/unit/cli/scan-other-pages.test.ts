import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanContent } from '../../../src/cli/scan-input';

// Saved pages of sites we have no reader for: the CLI reads them as "Check this page" does.
const ats = (name: string) => readFileSync(join(__dirname, '../../fixtures/ats', name), 'utf8');
const scanPage = (name: string, url: string) => scanContent(ats(name), { url, path: null, label: name });

describe('scan: a saved page of an applicant tracking system or any other site', () => {
  it('reads the candidate with the generic candidate reader and checks it', async () => {
    const { result } = await scanPage('greenhouse-candidate.html', 'https://hire.ats-one.example/candidate/anna');
    expect(result.state).toBe('profile');
    expect(result.platform).toBe('generic');
    expect(result.profile?.emails.length).toBeGreaterThan(0);
    expect(result.findings.map((f) => f.ruleId)).toContain('alt-payment-request');
  });

  it('says a page without a candidate is not a profile', async () => {
    const { result } = await scanPage('not-a-candidate.html', 'https://careers.example-corp.example/jobs');
    expect(result.state).toBe('not-a-profile');
    expect(result.findings).toEqual([]);
  });
});
