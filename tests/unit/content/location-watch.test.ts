import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCATION_POLL_MS, watchLocation } from '../../../src/content/location-watch';

/** A window with just what the watcher reads: a location and, optionally, a Navigation API. */
function fakeWindow(href: string, withNavigation: boolean) {
  const navigation = withNavigation ? new EventTarget() : undefined;
  const location = { href };
  return {
    win: { location, navigation, setInterval, clearInterval } as unknown as Window,
    location,
    navigate(url: string) {
      const event = Object.assign(new Event('navigate'), { destination: { url } });
      navigation!.dispatchEvent(event);
      location.href = url;
    },
  };
}

describe('watchLocation (SPA navigation)', () => {
  afterEach(() => vi.useRealTimers());

  it('reports each new URL the Navigation API announces, once, and nothing after stop', () => {
    const w = fakeWindow('https://www.linkedin.com/feed/', true);
    const seen: string[] = [];
    const stop = watchLocation((url) => seen.push(url), w.win);
    w.navigate('https://www.linkedin.com/in/jane/');
    w.navigate('https://www.linkedin.com/in/jane/'); // same URL again (replaceState): not a change
    w.navigate('https://www.linkedin.com/feed/');
    stop();
    w.navigate('https://www.linkedin.com/in/john/');
    expect(seen).toEqual(['https://www.linkedin.com/in/jane/', 'https://www.linkedin.com/feed/']);
  });

  it('ignores a navigate event without a destination URL', () => {
    const w = fakeWindow('https://github.com/', true);
    const onChange = vi.fn();
    watchLocation(onChange, w.win);
    (w.win as unknown as { navigation: EventTarget }).navigation.dispatchEvent(new Event('navigate'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('compares the URL once a second where there is no Navigation API, until stopped', () => {
    vi.useFakeTimers();
    const w = fakeWindow('https://www.upwork.com/nx/find-work/', false);
    const seen: string[] = [];
    const stop = watchLocation((url) => seen.push(url), w.win);
    w.location.href = 'https://www.upwork.com/freelancers/~01abcdef12';
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(LOCATION_POLL_MS);
    expect(seen).toEqual(['https://www.upwork.com/freelancers/~01abcdef12']);
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(seen).toHaveLength(1);
    stop();
    w.location.href = 'https://www.upwork.com/';
    vi.advanceTimersByTime(LOCATION_POLL_MS * 2);
    expect(seen).toHaveLength(1);
  });
});
