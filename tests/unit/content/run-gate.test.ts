import { beforeEach, describe, expect, it, vi } from 'vitest';
import { READER_LOADER, type FollowUrl, type GateLink } from '../../../src/content/reader-handoff';
import { loadParkedReader, runGate } from '../../../src/content/run-gate';
import { WORK_MEASURE } from '../../../src/content/work-timer';
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

describe('runGate (the content script on every page of its hosts)', () => {
  beforeEach(() => performance.clearMeasures());

  it('on a page that is not a profile, records one slice and does not load the reader', () => {
    const w = fakeWindow(FEED);
    const loadReader = vi.fn(() => null);
    const start = performance.now() - 5;
    runGate(linkedin, { win: w.win, loadReader, start });
    expect(loadReader).not.toHaveBeenCalled();
    const slices = performance.getEntriesByName(WORK_MEASURE);
    expect(slices).toHaveLength(1);
    expect(slices[0]!.startTime).toBeCloseTo(start, 5);
  });

  it('on a profile, loads the reader once and hands it the page, its location and the start; records nothing itself', () => {
    const w = fakeWindow(PROFILE);
    const follow = vi.fn<FollowUrl>();
    const loadReader = vi.fn<(link: GateLink) => FollowUrl>(() => follow);
    const start = performance.now() - 5;
    runGate(linkedin, { win: w.win, loadReader, start });
    expect(loadReader).toHaveBeenCalledTimes(1);
    expect(follow).toHaveBeenCalledWith(PROFILE, w.location, start);
    // The reader measures its slice from `start`: a slice of the gate's own would count the check twice.
    expect(performance.getEntriesByName(WORK_MEASURE)).toHaveLength(0);
  });

  it('loads the reader when the SPA navigates into a profile, then sends it every later URL', () => {
    const w = fakeWindow(FEED);
    const follow = vi.fn<FollowUrl>();
    const loadReader = vi.fn(() => follow);
    runGate(linkedin, { win: w.win, loadReader });
    w.navigate('https://www.linkedin.com/jobs/');
    expect(loadReader).not.toHaveBeenCalled();
    w.navigate(PROFILE);
    expect(loadReader).toHaveBeenCalledTimes(1);
    expect(follow).toHaveBeenLastCalledWith(PROFILE, PROFILE, expect.any(Number));
    w.navigate(FEED); // leaving the profile is the reader's business (it hides the panel)
    expect(follow).toHaveBeenLastCalledWith(FEED, FEED, expect.any(Number));
    expect(loadReader).toHaveBeenCalledTimes(1);
    // Two non-profile checks before the reader came: one slice each, besides the load's.
    expect(performance.getEntriesByName(WORK_MEASURE)).toHaveLength(2);
  });

  it('stops watching when the reader asks (its extension is gone)', () => {
    const w = fakeWindow(PROFILE);
    const follow = vi.fn<FollowUrl>();
    let link: GateLink | null = null;
    runGate(linkedin, { win: w.win, loadReader: (l) => ((link = l), follow) });
    link!.stopWatching();
    w.navigate('https://www.linkedin.com/in/someone-else/');
    expect(follow).toHaveBeenCalledTimes(1);
  });

  it('without a reader, stops watching and stays quiet', () => {
    const w = fakeWindow(FEED);
    const loadReader = vi.fn(() => null);
    runGate(linkedin, { win: w.win, loadReader });
    w.navigate(PROFILE);
    w.navigate('https://www.linkedin.com/in/someone-else/');
    expect(loadReader).toHaveBeenCalledTimes(1);
  });
});

describe('loadParkedReader', () => {
  const link: GateLink = { stopWatching: () => {} };

  it('runs the parked loader once, takes it off the global and passes the link to the entry', () => {
    const follow = vi.fn<FollowUrl>();
    const entry = vi.fn<(link: GateLink) => FollowUrl>(() => follow);
    const loader = vi.fn(() => entry);
    const global: Record<string, unknown> = { [READER_LOADER]: loader };
    expect(loadParkedReader(link, global)).toBe(follow);
    expect(entry).toHaveBeenCalledWith(link);
    expect(READER_LOADER in global).toBe(false);
    expect(loadParkedReader(link, global)).toBeNull();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('finds the entry of a reader that ran on load (a build without park-reader) and leaves the global empty', () => {
    const global: Record<string, unknown> = {};
    const entry = readerEntry(linkedin, global);
    expect(typeof global[READER_LOADER]).toBe('function');
    expect((global[READER_LOADER] as () => unknown)()).toBe(entry);
    expect(typeof loadParkedReader(link, global)).toBe('function');
    expect(READER_LOADER in global).toBe(false);
  });

  it('in a parked build, clears the loader the reader\'s entry leaves while the parked loader runs', () => {
    const global: Record<string, unknown> = {};
    let ran = 0;
    // What build/park-reader.ts stores: running it runs the reader file's main(), which returns readerEntry(...).
    global[READER_LOADER] = () => {
      ran++;
      return readerEntry(linkedin, global);
    };
    expect(typeof loadParkedReader(link, global)).toBe('function');
    expect(ran).toBe(1);
    expect(READER_LOADER in global).toBe(false);
    expect(loadParkedReader(link, global)).toBeNull();
  });

  it('gives null for a missing loader, a loader that throws, or one that returns no entry', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(loadParkedReader(link, {})).toBeNull();
    expect(
      loadParkedReader(link, {
        [READER_LOADER]: () => {
          throw new Error('broken bundle');
        },
      }),
    ).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(loadParkedReader(link, { [READER_LOADER]: () => 'not a function' })).toBeNull();
    warn.mockRestore();
  });
});
