import { beforeEach, describe, expect, it, vi } from 'vitest';
import { READER_LOADER, type FollowUrl, type GateLink } from '../../../src/content/reader-handoff';
import { importReader, runGate, takeReaderEntry } from '../../../src/content/run-gate';
import { TIMING, TIMINGS_KEY, timingsNamed } from '../../../src/content/work-timer';

const clearTimings = () => delete (globalThis as unknown as Record<string, unknown>)[TIMINGS_KEY];
import { readerEntry } from '../../../src/content/run-reader';
import linkedin from '../../../src/sites/linkedin/site';

/** A window with what the gate reads: a location (href, hostname, pathname) and a Navigation API. */
function fakeWindow(href: string) {
  const navigation = new EventTarget();
  const location = new URL(href);
  return {
    win: { location, navigation, setInterval, clearInterval } as unknown as Window,
    location,
    navigate(url: string) {
      navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
      location.href = url;
    },
    listening: () => navigation,
  };
}

const FEED = 'https://www.linkedin.com/feed/';
const PROFILE = 'https://www.linkedin.com/in/jane-doe-1a2b3c/';

/** A reader that arrives when the test says so, as an import would. */
function deferredReader(follow: FollowUrl | null) {
  let arrive!: () => void;
  const arrived = new Promise<void>((r) => (arrive = r));
  const loadReader = vi.fn(async (_link: GateLink) => {
    await arrived;
    return follow;
  });
  return { loadReader, arrive: async () => (arrive(), await arrived, await Promise.resolve(), await Promise.resolve()) };
}

describe('runGate (the content script on every page of its hosts)', () => {
  beforeEach(() => clearTimings());

  it('on a page that is not a profile, records one slice and does not load the reader', () => {
    const w = fakeWindow(FEED);
    const loadReader = vi.fn(async () => null);
    const start = performance.now() - 5;
    runGate(linkedin, { win: w.win, loadReader, start });
    expect(loadReader).not.toHaveBeenCalled();
    const slices = timingsNamed(TIMING.work);
    expect(slices).toHaveLength(1);
    expect(slices[0]!.start).toBeCloseTo(start, 5);
  });

  it('on a profile, loads the reader once and, when it arrives, hands it the page and its location', async () => {
    const w = fakeWindow(PROFILE);
    const follow = vi.fn<FollowUrl>();
    const r = deferredReader(follow);
    const start = performance.now() - 5;
    runGate(linkedin, { win: w.win, loadReader: r.loadReader, start });
    expect(r.loadReader).toHaveBeenCalledTimes(1);
    // The gate's own slice (the check and the start of the import) is recorded from the script's start.
    const slices = timingsNamed(TIMING.work);
    expect(slices).toHaveLength(1);
    expect(slices[0]!.start).toBeCloseTo(start, 5);
    expect(follow).not.toHaveBeenCalled();
    await r.arrive();
    expect(follow).toHaveBeenCalledTimes(1);
    expect(follow).toHaveBeenCalledWith(PROFILE, w.location, expect.any(Number));
    // The reader measures its own slice from the moment it arrived, after the gate's.
    expect(follow.mock.calls[0]![2]).toBeGreaterThanOrEqual(slices[0]!.start + slices[0]!.duration);
  });

  it('loads the reader when the SPA navigates into a profile, then sends it every later URL', async () => {
    const w = fakeWindow(FEED);
    const follow = vi.fn<FollowUrl>();
    const r = deferredReader(follow);
    runGate(linkedin, { win: w.win, loadReader: r.loadReader });
    w.navigate('https://www.linkedin.com/jobs/');
    expect(r.loadReader).not.toHaveBeenCalled();
    w.navigate(PROFILE);
    expect(r.loadReader).toHaveBeenCalledTimes(1);
    await r.arrive();
    expect(follow).toHaveBeenLastCalledWith(PROFILE, PROFILE, expect.any(Number));
    w.navigate(FEED); // leaving the profile is the reader's business (it hides the panel)
    expect(follow).toHaveBeenLastCalledWith(FEED, FEED, expect.any(Number));
    expect(r.loadReader).toHaveBeenCalledTimes(1);
    // The load's, the jobs page's and the profile's checks: one slice each.
    expect(timingsNamed(TIMING.work)).toHaveLength(3);
  });

  it('a navigation while the reader loads: the reader starts from the latest URL, loaded once', async () => {
    const w = fakeWindow(PROFILE);
    const follow = vi.fn<FollowUrl>();
    const r = deferredReader(follow);
    runGate(linkedin, { win: w.win, loadReader: r.loadReader });
    const other = 'https://www.linkedin.com/in/someone-else/';
    w.navigate(other);
    await r.arrive();
    expect(r.loadReader).toHaveBeenCalledTimes(1);
    expect(follow).toHaveBeenCalledTimes(1);
    expect(follow).toHaveBeenCalledWith(other, other, expect.any(Number));
  });

  it('a profile left while the reader loads: the reader waits for the next profile (its first URL is always one)', async () => {
    const w = fakeWindow(PROFILE);
    const follow = vi.fn<FollowUrl>();
    const r = deferredReader(follow);
    runGate(linkedin, { win: w.win, loadReader: r.loadReader });
    w.navigate(FEED);
    await r.arrive();
    expect(follow).not.toHaveBeenCalled();
    w.navigate('https://www.linkedin.com/jobs/');
    expect(follow).not.toHaveBeenCalled();
    w.navigate(PROFILE);
    expect(follow).toHaveBeenCalledWith(PROFILE, PROFILE, expect.any(Number));
    expect(r.loadReader).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the reader asks (its extension is gone)', async () => {
    const w = fakeWindow(PROFILE);
    const follow = vi.fn<FollowUrl>();
    let link: GateLink | null = null;
    runGate(linkedin, { win: w.win, loadReader: async (l) => ((link = l), follow) });
    await vi.waitFor(() => expect(follow).toHaveBeenCalledTimes(1));
    link!.stopWatching();
    w.navigate('https://www.linkedin.com/in/someone-else/');
    expect(follow).toHaveBeenCalledTimes(1);
  });

  it('without a reader (the import failed: an orphaned copy), stops watching and stays quiet', async () => {
    for (const loadReader of [vi.fn(async () => null), vi.fn(async () => Promise.reject(new Error('gone')))]) {
      const w = fakeWindow(FEED);
      runGate(linkedin, { win: w.win, loadReader });
      w.navigate(PROFILE);
      await vi.waitFor(() => expect(loadReader).toHaveBeenCalledTimes(1));
      await Promise.resolve();
      await Promise.resolve();
      w.navigate('https://www.linkedin.com/in/someone-else/');
      expect(loadReader).toHaveBeenCalledTimes(1);
    }
  });

  it('without a reader file or loader, a profile loads nothing', () => {
    const w = fakeWindow(PROFILE);
    expect(() => runGate(linkedin, { win: w.win })).not.toThrow();
  });
});

describe('importReader', () => {
  const link: GateLink = { stopWatching: () => {} };

  it('gives null, quietly, when the extension cannot give the file (an orphaned copy)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // No extension API at all, as in a copy whose extension was removed.
    const saved = { browser: (globalThis as Record<string, unknown>).browser, chrome: (globalThis as Record<string, unknown>).chrome };
    delete (globalThis as Record<string, unknown>).browser;
    delete (globalThis as Record<string, unknown>).chrome;
    try {
      expect(await importReader('/reader-linkedin.js', link, {})).toBeNull();
    } finally {
      Object.assign(globalThis, saved);
    }
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('takeReaderEntry', () => {
  const link: GateLink = { stopWatching: () => {} };

  it('runs the loader the reader left once, takes it off the global and passes the link to the entry', () => {
    const follow = vi.fn<FollowUrl>();
    const entry = vi.fn<(link: GateLink) => FollowUrl>(() => follow);
    const loader = vi.fn(() => entry);
    const global: Record<string, unknown> = { [READER_LOADER]: loader };
    expect(takeReaderEntry(link, global)).toBe(follow);
    expect(entry).toHaveBeenCalledWith(link);
    expect(READER_LOADER in global).toBe(false);
    expect(takeReaderEntry(link, global)).toBeNull();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('finds the entry the reader file leaves as it runs, records that run as a slice, and leaves the global empty', () => {
    const global: Record<string, unknown> = {};
    const start = performance.now() - 3;
    clearTimings();
    const entry = readerEntry(linkedin, global, start);
    const slices = timingsNamed(TIMING.work);
    expect(slices).toHaveLength(1);
    expect(slices[0]!.start).toBeCloseTo(start, 5);
    expect(typeof global[READER_LOADER]).toBe('function');
    expect((global[READER_LOADER] as () => unknown)()).toBe(entry);
    expect(typeof takeReaderEntry(link, global)).toBe('function');
    expect(READER_LOADER in global).toBe(false);
  });

  it('gives null for a missing loader, a loader that throws, or one that returns no entry', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(takeReaderEntry(link, {})).toBeNull();
    expect(
      takeReaderEntry(link, {
        [READER_LOADER]: () => {
          throw new Error('broken bundle');
        },
      }),
    ).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(takeReaderEntry(link, { [READER_LOADER]: () => 'not a function' })).toBeNull();
    warn.mockRestore();
  });
});
