/**
 * The browser-neutral session the E2E tests drive: the built extension in one
 * real browser, fixture pages served at their real URLs. Each driver
 * (./drivers/chromium.ts, ./drivers/firefox.ts) supplies a few primitives —
 * launch, route, open a tab, evaluate source, click, type a key — and
 * everything the tests read is built on those here, once, so a test reads the
 * same way in every browser.
 */
import type { Browser } from '@wxt-dev/browser';
import { domExpression, elementExpression, type DomQuery } from './page-dom';
import type { BrowserName, BuiltManifest } from './paths';

/** The extension API (`browser`) as an extension page sees it. */
export type ExtensionApi = typeof Browser;

export interface Routed {
  /** Real URL the page is served at, e.g. https://www.linkedin.com/in/jane-doe/ */
  url: string;
  /** File under tests/fixtures, or inline HTML. */
  file?: string;
  html?: string;
  status?: number;
  /** Response headers besides the content type, e.g. the page's Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** What a driver can do with one tab. */
export interface TabDriver {
  /** Evaluates JavaScript source in the page (not subject to the page's CSP) and returns its JSON-like value. */
  evaluateSource(source: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real click (input events from the browser) at the element `elementSource` evaluates to. */
  click(elementSource: string): Promise<void>;
  /** A real click at a point of the viewport (CSS pixels): for what the page's own scripts cannot reach, e.g. a closed shadow root. */
  clickAt(x: number, y: number): Promise<void>;
  /** Errors and warnings the page's console showed since the tab opened, from any world (page or extension content script). */
  readonly consoleProblems: string[];
  /** A key or chord, e.g. `Enter`, `Escape`, `Tab`, `Control+V`. */
  press(key: string): Promise<void>;
  setInputFile(elementSource: string, file: UploadFile): Promise<void>;
  /** Runs `trigger` and returns the text of the file the page downloads because of it. */
  download(trigger: () => Promise<void>): Promise<string>;
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** Messages of the dialogs the page opened (each dismissed). */
  readonly dialogs: string[];
  /**
   * Evaluates source in the extension's content-script world of this page.
   * Absent where the browser gives automation no way in (Firefox: WebDriver
   * BiDi does not expose content-script sandboxes).
   */
  inContentScriptWorld?(source: string): Promise<unknown>;
}

const WAIT_MS = 10_000;

/**
 * Reads until `done` holds, or throws after `timeout` ms with the last value
 * and error. The harness's own wait: `expect.poll` is only allowed inside a
 * test, and the harness also waits in set-up hooks.
 */
export async function waitUntil<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeout = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value ${JSON.stringify(last)}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A tab as the tests use it: DOM reads by selector (`>>>` steps into a shadow root), real input. */
export class Tab {
  constructor(private readonly driver: TabDriver) {}

  readonly url = () => this.driver.url();
  readonly goto = (url: string) => this.driver.goto(url);
  readonly reload = () => this.driver.reload();
  readonly close = () => this.driver.close();
  readonly setViewport = (width: number, height: number) => this.driver.setViewport(width, height);
  readonly screenshot = (path: string) => this.driver.screenshot(path);
  readonly press = (key: string) => this.driver.press(key);
  readonly evaluateSource = (source: string) => this.driver.evaluateSource(source);
  get dialogs(): readonly string[] {
    return this.driver.dialogs;
  }
  get consoleProblems(): readonly string[] {
    return this.driver.consoleProblems;
  }
  readonly clickAt = (x: number, y: number) => this.driver.clickAt(x, y);
  get canReachContentScriptWorld(): boolean {
    return this.driver.inContentScriptWorld !== undefined;
  }

  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.driver.evaluate(fn, arg as A);
  }

  inContentScriptWorld(source: string): Promise<unknown> {
    if (!this.driver.inContentScriptWorld) throw new Error('this browser gives automation no access to the content-script world');
    return this.driver.inContentScriptWorld(source);
  }

  private async query(op: DomQuery, selector: string, arg?: unknown): Promise<unknown> {
    const value = await this.driver.evaluateSource(domExpression(op, selector, arg));
    if (value && typeof value === 'object' && (value as { missing?: boolean }).missing) throw new Error(`no element matches ${selector}`);
    return value;
  }

  count(selector: string): Promise<number> {
    return this.query('count', selector) as Promise<number>;
  }
  attribute(selector: string, name: string): Promise<string | null> {
    return this.query('attribute', selector, name) as Promise<string | null>;
  }
  attributes(selector: string, name: string): Promise<Array<string | null>> {
    return this.query('attributes', selector, name) as Promise<Array<string | null>>;
  }
  text(selector: string): Promise<string | null> {
    return this.query('text', selector) as Promise<string | null>;
  }
  texts(selector: string): Promise<Array<string | null>> {
    return this.query('texts', selector) as Promise<Array<string | null>>;
  }
  isChecked(selector: string): Promise<boolean> {
    return this.query('checked', selector) as Promise<boolean>;
  }
  isDisabled(selector: string): Promise<boolean> {
    return this.query('disabled', selector) as Promise<boolean>;
  }
  value(selector: string): Promise<string> {
    return this.query('value', selector) as Promise<string>;
  }

  /** Resolves once `selector` matches at least one element. */
  async waitFor(selector: string, timeout = WAIT_MS): Promise<void> {
    await waitUntil(selector, () => this.count(selector), (n) => n > 0, timeout);
  }

  async click(selector: string): Promise<void> {
    await this.waitFor(selector);
    await this.driver.click(elementExpression(selector));
  }
  async focus(selector: string): Promise<void> {
    await this.waitFor(selector);
    await this.query('focus', selector);
  }
  /** Sets a field's value the way typing does (input and change events), replacing what was there. */
  async fill(selector: string, value: string): Promise<void> {
    await this.waitFor(selector);
    await this.query('fill', selector, value);
  }
  async setChecked(selector: string, checked: boolean): Promise<void> {
    if ((await this.isChecked(selector)) !== checked) await this.click(selector);
    await waitUntil(`${selector} checked: ${checked}`, () => this.isChecked(selector), (now) => now === checked);
  }
  async setInputFile(selector: string, file: UploadFile): Promise<void> {
    await this.waitFor(selector);
    await this.driver.setInputFile(elementExpression(selector), file);
  }
  /** Clicks `selector` and returns the text of the file the page downloads. */
  download(selector: string): Promise<string> {
    return this.driver.download(() => this.click(selector));
  }

  /**
   * What the clipboard holds, pasted with the keyboard into a scratch field of
   * this page: the user's way of reading it, with no clipboard permission to grant.
   */
  async readClipboard(): Promise<string> {
    const id = 'e2e-clipboard-probe';
    await this.driver.evaluate((fieldId) => {
      const field = document.createElement('textarea');
      field.id = fieldId;
      document.body.append(field);
      field.focus();
    }, id);
    await this.driver.press('Control+V');
    return this.driver.evaluate((fieldId) => {
      const field = document.getElementById(fieldId) as HTMLTextAreaElement;
      const text = field.value;
      field.remove();
      return text;
    }, id);
  }
}

export interface LaunchOptions {
  /** The unpacked extension to install; defaults to this browser's build in the output folder. */
  extensionDir?: string;
  /** The pages' and extension pages' `prefers-color-scheme`, fixed for the session. */
  colorScheme?: 'light' | 'dark';
  /**
   * Optional permissions the user says yes to, since automation cannot click the browser's
   * permission prompt. The extension still asks through its API. Firefox: its prompt is switched
   * off (`extensions.webextOptionalPermissionPrompts`), so any request is granted. Chromium has no
   * such switch: these are recorded in the profile as an earlier grant leaves them, before the
   * session starts; a request for them is then answered yes without a prompt.
   */
  grantOptional?: { origins: string[]; permissions: string[] };
}

/** How the browser runs the extension's background. */
export type BackgroundKind = 'service worker' | 'background page';
/** Chromium runs the MV3 build's service worker; Firefox the MV2 build's persistent background page. */
export const BACKGROUND_KINDS: Record<BrowserName, BackgroundKind> = { chromium: 'service worker', firefox: 'background page' };

export interface Session {
  readonly browser: BrowserName;
  /** The extension's id as policies name it: Chromium's 32-letter id, Firefox's gecko id. */
  readonly extensionId: string;
  /** Base of the extension's own pages, e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionOrigin: string;
  readonly manifest: BuiltManifest;
  readonly extensionDir: string;
  readonly background: {
    readonly kind: BackgroundKind;
    /** URLs of the scripts the running background loaded. */
    scripts(): Promise<string[]>;
    /** `detail` of each performance entry of that name in the background's own timeline. */
    measures(name: string): Promise<unknown[]>;
    /**
     * Starts the background afresh: its memory is gone, storage stays.
     * Chromium stops the service worker (the next event starts a new one);
     * Firefox MV2 has a persistent background page, not a service worker, and
     * reloads that page — the nearest equivalent automation can cause.
     */
    restart(): Promise<void>;
    /** Calls the function the background left on its global under `name` with `arg` (a listener automation cannot trigger, e.g. a context-menu click). */
    call(name: string, arg: unknown): Promise<unknown>;
  };
  route(pages: Routed[]): Promise<void>;
  /** A new tab at `url` (routed), once loaded. */
  open(url: string): Promise<Tab>;
  /** A new tab showing one of the extension's pages, e.g. `popup.html?tabId=3`, once loaded. */
  openExtensionPage(path: string): Promise<Tab>;
  /** Runs `fn` in an extension page with the extension API (`browser`) as first argument. */
  inExtension<R>(fn: (api: ExtensionApi) => R | Promise<R>): Promise<R>;
  inExtension<R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Closes every tab `open` and `openExtensionPage` gave that is still open: a failed test leaves none behind for the next. */
  closeTabs(): Promise<void>;
  /** Requests that were neither a routed page nor the extension's own files, minus what the fixture pages reference: made by the extension. */
  extensionRequests(): string[];
  close(): Promise<void>;
}

/** The tabs a session opened for its tests, to close after each. */
export class TabSet {
  private readonly tabs = new Set<Tab>();
  add(tab: Tab): Tab {
    this.tabs.add(tab);
    return tab;
  }
  async closeAll(): Promise<void> {
    const open = [...this.tabs];
    this.tabs.clear();
    // A tab the test closed already fails to close again: nothing to do for it.
    await Promise.all(open.map((tab) => tab.close().catch(() => {})));
  }
}

/** Source of a call of `fn(browser, arg)` for an extension page. */
export function extensionCallSource(fn: (api: ExtensionApi, arg: never) => unknown, arg: unknown): string {
  return `(${fn.toString()})(globalThis.browser, ${arg === undefined ? 'undefined' : JSON.stringify(arg)})`;
}
