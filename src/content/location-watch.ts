/** How often the URL is compared where the Navigation API is missing (WXT's own fallback uses the same period). */
export const LOCATION_POLL_MS = 1000;

interface NavigateEventLike extends Event {
  destination?: { url?: string };
}

/**
 * Calls `onChange(newUrl)` when a single-page app changes the URL without a
 * page load (LinkedIn, GitHub and Upwork do). The Navigation API announces
 * every same-document navigation (pushState, replaceState, back/forward)
 * before the app swaps its DOM; without it, the URL is compared once a
 * second. Returns a function that stops watching. Costs one listener on page
 * load and a string compare per navigation.
 */
export function watchLocation(onChange: (url: string) => void, win: Window = window): () => void {
  let last = win.location.href;
  const changed = (url: string) => {
    if (url === last) return;
    last = url;
    onChange(url);
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    const onNavigate = (event: Event) => {
      const url = (event as NavigateEventLike).destination?.url;
      if (typeof url === 'string') changed(url);
    };
    navigation.addEventListener('navigate', onNavigate);
    return () => navigation.removeEventListener('navigate', onNavigate);
  }
  const id = win.setInterval(() => changed(win.location.href), LOCATION_POLL_MS);
  return () => win.clearInterval(id);
}
