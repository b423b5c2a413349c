import { describe, expect, it } from 'vitest';
import { readResumeFile } from '../../../src/engine/files/read-resume';
import type { ResumeText } from '../../../src/engine/files/read-result';
import { checkResume } from '../../../src/engine/files/check-resume';
import { SeenIndex } from '../../../src/seen/seen-index';
import { resumeFingerprint, resumeSubject } from '../../../src/seen/resume-fingerprint';
import { loadPdfjs, resumeBytes } from '../engine/files/resume-fixtures';

async function text(name: string): Promise<ResumeText> {
  const r = await readResumeFile(resumeBytes(name), name, { loadPdfjs });
  if (!r.ok) throw new Error(r.problem);
  return r;
}

/** What the CLI and the background do with a résumé: look it up, then remember it. */
function seeResume(index: SeenIndex, r: ResumeText, now: Date) {
  const sig = resumeFingerprint(r.text, r.facts.claimedName)!;
  expect(sig).not.toBeNull();
  const subject = resumeSubject(r.facts.claimedName, r.facts.fileName);
  const matches = index.lookup(sig, subject);
  index.record(subject, sig, now);
  return matches;
}

describe('résumé fingerprints in the seen index', () => {
  it('the same résumé under two names is found, and worded as a résumé', async () => {
    const index = new SeenIndex();
    expect(seeResume(index, await text('clean.pdf'), new Date('2026-03-05T10:00:00Z'))).toEqual([]);
    const reused = await text('reused.docx');
    const matches = seeResume(index, reused, new Date('2026-04-12T10:00:00Z'));
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ url: 'resume:Morgan Ellery', kind: 'resume' });
    expect(matches[0]!.similarity).toBeGreaterThan(0.6);
    const report = checkResume(reused, undefined, new Date('2026-04-12T10:00:00Z'), matches);
    const finding = report.findings.find((f) => f.ruleId === 'template-reuse');
    expect(finding?.evidence[0]).toMatch(/matches the résumé of “Morgan Ellery” that you checked on 2026-03-05/);
  });

  it('checking the same person’s résumé again matches nothing and keeps one entry', async () => {
    const index = new SeenIndex();
    const clean = await text('clean.pdf');
    seeResume(index, clean, new Date('2026-03-05T10:00:00Z'));
    expect(seeResume(index, await text('clean.docx'), new Date('2026-03-06T10:00:00Z'))).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('an unrelated résumé matches nothing', async () => {
    const index = new SeenIndex();
    seeResume(index, await text('clean.pdf'), new Date('2026-03-05T10:00:00Z'));
    expect(seeResume(index, await text('flagged.pdf'), new Date('2026-03-06T10:00:00Z'))).toEqual([]);
  });

  it('résumé entries survive the index file round trip', async () => {
    const index = new SeenIndex();
    seeResume(index, await text('clean.pdf'), new Date('2026-03-05T10:00:00Z'));
    const { index: again, error } = SeenIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(error).toBeNull();
    expect(again.entries()[0]).toMatchObject({ key: 'resume:morgan ellery', kind: 'resume', platform: 'generic' });
  });
});
