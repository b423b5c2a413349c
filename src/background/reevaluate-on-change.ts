import { browser } from 'wxt/browser';

/**
 * `browser.storage.local` keys whose change changes an evaluation: the
 * settings, the allowlist and the dismissals. Any change in the `managed`
 * area (the organisation's policy, overlaid on the settings) counts as well.
 */
export const EVALUATION_INPUT_KEYS = ['settings', 'allowlist', 'dismissed'] as const;

export function changesEvaluation(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && EVALUATION_INPUT_KEYS.some((k) => Object.hasOwn(changes, k)));
}

export interface Coalesced {
  /** Ask for a run. Calls while one runs make exactly one more run after it. */
  request(): void;
  /** Resolves when no run is pending or under way. */
  idle(): Promise<void>;
}

/**
 * One run of `task` for a burst of requests: requests in the same turn of
 * the event loop (one options-page save that writes two keys, a policy push)
 * share one run, and requests while a run is under way share the one run
 * queued behind it. `task` gets when the first request of its batch arrived.
 */
export function coalesce(task: (since: number) => Promise<void>): Coalesced {
  let since: number | null = null;
  let active = false;
  let done: Promise<void> = Promise.resolve();

  const drain = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (since !== null) {
      const batchSince = since;
      since = null;
      try {
        await task(batchSince);
      } catch (err) {
        console.warn('[hire-signals] re-evaluation failed', err);
      }
    }
    // Set in the same step as the last check above: a request from now on starts a new drain.
    active = false;
  };

  return {
    request() {
      since ??= performance.now();
      if (active) return;
      active = true;
      done = drain();
    },
    async idle() {
      while (active) await done;
    },
  };
}

/**
 * Re-evaluates the kept pages whenever settings, policy, allowlist or
 * dismissals change, from whichever context wrote them (the panel through
 * the background, the popup, the options page, the organisation). Returns the
 * coalesced runner (tests wait on `idle()`).
 */
export function reevaluateOnChange(reevaluateAll: (since: number) => Promise<void>): Coalesced {
  const runner = coalesce(reevaluateAll);
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesEvaluation(changes, area)) runner.request();
  });
  return runner;
}
