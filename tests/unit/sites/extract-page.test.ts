import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPage } from '../../../src/sites/extract-page';
import indeed from '../../../src/sites/indeed/site';
import { emptySnapshot } from '../../../src/core/snapshot';
import { profileSnapshotSchema } from '../../../src/core/snapshot-schema';
import { parseHtml } from './generic/load-fixture';

const personPage = parseHtml('<script type="application/ld+json">{"@type":"Person","name":"Lee Example","jobTitle":"Engineer"}</script>');
const resumePage = parseHtml('<div data-testid="resume"><h1 data-testid="resume-name">Pat Example</h1></div>');
const INDEED_URL = 'https://www.indeed.com/r/Pat-E/0a1b2c3d4e';

afterEach(() => vi.restoreAllMocks());

describe('extractPage', () => {
  it('routes a platform URL to that platform’s extractor', () => {
    const r = extractPage(resumePage, INDEED_URL);
    expect(r).toMatchObject({ platform: 'indeed', state: 'profile' });
    expect(r.snapshot?.name).toBe('Pat Example');
    expect(profileSnapshotSchema.safeParse(r.snapshot).success).toBe(true);
  });
  it('uses the generic Person reader on other sites', () => {
    const r = extractPage(personPage, 'https://portfolio.example/me');
    expect(r).toMatchObject({ platform: 'generic', state: 'profile' });
    expect(r.snapshot?.headline).toBe('Engineer');
  });
  it('says not-a-profile on other sites without a Person, and for unparseable URLs', () => {
    expect(extractPage(parseHtml('<p>x</p>'), 'https://news.example/a')).toEqual({ platform: null, state: 'not-a-profile', snapshot: null });
    expect(extractPage(personPage, 'not a url').snapshot).toBeNull();
  });
  it('passes non-profile states through without a record', () => {
    expect(extractPage(resumePage, 'https://secure.indeed.com/auth')).toEqual({ platform: 'indeed', state: 'login-wall', snapshot: null });
    expect(extractPage(parseHtml('<p>gone</p>'), INDEED_URL)).toEqual({ platform: 'indeed', state: 'not-found', snapshot: null });
  });
  it('turns an extractor that throws into not-a-profile instead of throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(indeed, 'extract').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(extractPage(resumePage, INDEED_URL)).toEqual({ platform: 'indeed', state: 'not-a-profile', snapshot: null });
  });
  it('rejects a snapshot that fails the schema rather than passing a half-valid record', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = { ...emptySnapshot('indeed', INDEED_URL), name: '' };
    vi.spyOn(indeed, 'extract').mockReturnValue({ state: 'profile', snapshot: bad });
    expect(extractPage(resumePage, INDEED_URL)).toEqual({ platform: 'indeed', state: 'not-a-profile', snapshot: null });
    expect(warn).toHaveBeenCalled();
  });
  it('never reports a record for a non-profile state even if an extractor attached one', () => {
    vi.spyOn(indeed, 'extract').mockReturnValue({ state: 'not-found', snapshot: emptySnapshot('indeed', INDEED_URL) });
    expect(extractPage(resumePage, INDEED_URL).snapshot).toBeNull();
  });
});
