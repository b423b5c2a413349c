/**
 * One observer for late-loading profile sections and SPA re-renders:
 * coalesced to at most one pass per animation frame, bounded in passes and
 * time, and stopped when the caller says the profile is complete or the
 * content-script context dies (design.md "Performance rules"; uBlock-style
 * "batch DOM work, and bound it").
 */
export interface FrameScheduler {
  requestAnimationFrame(cb: FrameRequestCallback): number;
  setTimeout(handler: () => void, timeout?: number): number;
  onInvalidated(cb: () => void): () => void;
}

export interface LateSectionOptions {
  /** Most passes one watch may run (each pass re-extracts the page). */
  maxPasses?: number;
  /** Stop watching this long after it started, whatever happens. */
  maxMs?: number;
}

export const DEFAULT_MAX_PASSES = 40;
export const DEFAULT_MAX_MS = 20_000;

export interface LateSectionWatch {
  /** Ask for a pass on the next frame (coalesced with any pending one). */
  schedule(): void;
  stop(): void;
  readonly active: boolean;
  readonly passes: number;
}

/**
 * `pass()` returns `true` when the profile is complete: the watch then stops.
 * Mutations inside `ignore` (our own panel host) never trigger a pass.
 */
export function watchLateSections(
  ctx: FrameScheduler,
  target: Node,
  pass: () => boolean,
  opts: LateSectionOptions & { ignore?: () => Node | null } = {},
): LateSectionWatch {
  const maxPasses = opts.maxPasses ?? DEFAULT_MAX_PASSES;
  let passes = 0;
  let active = true;
  let pending = false;
  let observer: MutationObserver | null = null;

  const stop = () => {
    if (!active) return;
    active = false;
    observer?.disconnect();
    observer = null;
    removeInvalidated();
  };
  const removeInvalidated = ctx.onInvalidated(stop);

  const run = () => {
    pending = false;
    if (!active) return;
    passes += 1;
    let done = false;
    try {
      done = pass();
    } catch (err) {
      console.warn('[hire-signals] scan pass failed', err);
    }
    if (done || passes >= maxPasses) stop();
  };

  const schedule = () => {
    if (!active || pending) return;
    pending = true;
    ctx.requestAnimationFrame(run);
  };

  const isOwn = (records: MutationRecord[]) => {
    const own = opts.ignore?.();
    if (!own) return false;
    const inOwn = (n: Node) => n === own || own.contains(n);
    // Mounting or updating the panel host must not wake the observer (no feedback loop).
    return records.every(
      (r) => inOwn(r.target) || (r.addedNodes.length + r.removedNodes.length > 0 && [...r.addedNodes, ...r.removedNodes].every(inOwn)),
    );
  };

  if (typeof MutationObserver === 'function') {
    observer = new MutationObserver((records) => {
      if (!isOwn(records)) schedule();
    });
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  }
  ctx.setTimeout(stop, opts.maxMs ?? DEFAULT_MAX_MS);

  return {
    schedule,
    stop,
    get active() {
      return active;
    },
    get passes() {
      return passes;
    },
  };
}
