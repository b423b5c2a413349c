import { extensionApi } from './extension-api';

/**
 * The lifetime of one content-script instance: everything it registers
 * (listeners, timers, frames, the panel) is tied to one AbortSignal and
 * released when the extension is reloaded or updated under the page.
 *
 * This does the job of WXT's ContentScriptContext in a form a page load pays
 * almost nothing for (`nonProfileScanMs ≤ 0.3`). WXT's context names
 * its events after the extension id when its module is evaluated, which builds
 * the extension API bindings of the script's world before any of our code
 * runs: about 1 ms of every LinkedIn page load, profile or not (performance
 * marks in an unminified build), plus its constructor and location watcher.
 * Here the API is touched only when a question needs it (is this copy still
 * attached to the extension?), which on a non-profile page is never. It goes by
 * `ctx`, as design.md asks of every timer and listener in the content script.
 */
export interface ScriptContext {
  readonly signal: AbortSignal;
  /** True once this copy is stopped or the extension it belongs to was reloaded/removed. */
  readonly isInvalid: boolean;
  /** Runs `cb` when this copy stops; returns a function that unregisters it. */
  onInvalidated(cb: () => void): () => void;
  /** Stop this copy: every registration made through it is released. */
  notifyInvalidated(): void;
  setTimeout(handler: () => void, ms?: number): number;
  requestAnimationFrame(cb: FrameRequestCallback): number;
}

export interface ScriptContextOptions {
  /** Whether the extension this copy belongs to is gone; defaults to `runtime.id` being unset. */
  isOrphaned?: () => boolean;
  /** The script world's global, where copies find each other; defaults to `globalThis`. */
  global?: Record<string, unknown>;
}

/**
 * Where the copies of a script started in this world find each other: the
 * world's global, which the page cannot reach. Not an event on the document,
 * which every page script could listen for to tell that the extension is
 * installed (and could fire).
 */
export const COPIES_KEY = '__hireSignalsCopies';

type Copies = Record<string, Set<() => void>>;

function copiesIn(global: Record<string, unknown>): Copies {
  const existing = global[COPIES_KEY];
  if (existing && typeof existing === 'object') return existing as Copies;
  const copies: Copies = Object.create(null) as Copies;
  global[COPIES_KEY] = copies;
  return copies;
}

/** True when the extension API of this script's world no longer answers (extension reloaded, updated or removed). */
function runtimeGone(): boolean {
  try {
    return extensionApi()?.runtime?.id == null;
  } catch {
    return true;
  }
}

/**
 * `name` identifies the script (one per platform). On start, a copy asks the
 * older copies of the same script in this world to check themselves: one
 * whose extension is gone (reloaded or updated under the page) stops at once,
 * its panel with it; a live one keeps running. A copy that shares no world
 * with the new one stops on its own at its next timer, frame or observer
 * callback, each of which checks first.
 */
export function createScriptContext(name: string, opts: ScriptContextOptions = {}): ScriptContext {
  const isOrphaned = opts.isOrphaned ?? runtimeGone;
  const controller = new AbortController();
  const { signal } = controller;

  /**
   * Runs a timer's or a frame's work while this copy is live. If the extension
   * goes away during it (an API it calls is torn down mid-way), what that
   * throws is dropped: an orphaned copy stops silently. A live copy's own
   * errors still surface.
   */
  const runLive = (work: () => void) => {
    if (ctx.isInvalid) return;
    try {
      work();
    } catch (err) {
      if (!ctx.isInvalid) throw err;
    }
  };

  const ctx: ScriptContext = {
    signal,
    get isInvalid() {
      if (!signal.aborted && isOrphaned()) ctx.notifyInvalidated();
      return signal.aborted;
    },
    onInvalidated(cb) {
      // Clean-up runs when the extension may already be gone (its API half torn down):
      // whatever it throws stays here, never reaching the page's console.
      const quiet = () => {
        try {
          cb();
        } catch {
          /* the extension context is gone: nothing left to release */
        }
      };
      if (signal.aborted) {
        quiet();
        return () => {};
      }
      signal.addEventListener('abort', quiet, { once: true });
      return () => signal.removeEventListener('abort', quiet);
    },
    notifyInvalidated() {
      if (!signal.aborted) controller.abort('Hire Signals content script stopped');
    },
    setTimeout(handler, ms) {
      const id = window.setTimeout(() => runLive(handler), ms);
      ctx.onInvalidated(() => window.clearTimeout(id));
      return id;
    },
    requestAnimationFrame(cb) {
      const id = window.requestAnimationFrame((t) => runLive(() => cb(t)));
      ctx.onInvalidated(() => window.cancelAnimationFrame(id));
      return id;
    },
  };

  // An older copy of this script steps aside if its extension is gone (isInvalid stops it then).
  const copies = copiesIn(opts.global ?? (globalThis as unknown as Record<string, unknown>));
  const sameScript = (copies[name] ??= new Set());
  for (const older of sameScript) {
    try {
      older();
    } catch {
      /* that copy's extension is torn down mid-check: it is stopping anyway */
    }
  }
  const check = () => void ctx.isInvalid;
  sameScript.add(check);
  signal.addEventListener('abort', () => sameScript.delete(check), { once: true });
  return ctx;
}
