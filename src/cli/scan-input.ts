import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { evaluate } from '../engine/evaluate';
import { lookup } from '../engine/lookup';
import { extractPage } from '../sites/extract-page';
import { extractCandidate } from '../sites/generic/candidate';
import { profileInput } from '../core/rule-input';
import { profileKey, type ProfileSnapshot } from '../core/snapshot';
import type { SeenMatch } from '../core/rule';
import { profileFingerprint, type SeenIndex } from '../seen/seen-index';
import type { Settings } from '../settings/schema';
import { resultFrom, type ScanDetails, type ScanResult } from './scan-result';
import { CliError } from './errors';
import { PageTooBig, slimPage } from './page-bounds';
import { outlinePage } from '../sites/page-outline';

/** Only the start of a file decides whether it is a page: a résumé may quote `<html>` further down. */
const SNIFF_CHARS = 4096;
const HTML_START_RE = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]/i;
/** A fragment saved from a page (a profile's main `<div>`, a `<section>` …) starts with an element… */
const FRAGMENT_START_RE = /^(?:\s|<!--[\s\S]*?-->)*<([a-z][a-z0-9-]*)(?:\s[^<>]*)?\/?>/i;
/** …and is clearly markup: several tags and at least one end tag in its first kilobytes. */
const TAG_RE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/**
 * Content sniffing, not the file extension: saved pages are often `.htm`, `.txt` or
 * extension-less, and a page saved as a fragment (`<div class="scaffold-layout">…`) starts
 * with no `<html>` at all. Plain text that merely mentions a tag does not start with one.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (HTML_START_RE.test(head)) return true;
  if (!FRAGMENT_START_RE.test(head)) return false;
  const tags = head.match(TAG_RE) ?? [];
  return tags.length >= 3 && tags.some((t) => t.startsWith('</'));
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The page's own address: canonical link first, then og:url (both machine data the page declares). */
function declaredUrl(document: Document): string | null {
  return (
    httpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
    httpUrl(document.querySelector('meta[property="og:url" i]')?.getAttribute('content'))
  );
}

/**
 * A DOM for saved HTML with nothing live: no script runs, no file (script, CSS,
 * iframe, image) is loaded and no navigation happens — the scan never touches the network.
 */
export function parseSavedPage(html: string, url: string): Window {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  window.document.write(html);
  return window;
}

/**
 * Saved HTML as a DOM, measured and slimmed first (page-bounds.ts): a page too big or too
 * deep for the DOM library is refused with its own reason, and a stack overflow inside the
 * library (a shape the measure missed) becomes a one-line reason too, never a crash.
 */
export function parseBoundedPage(html: string, url: string, label: string): Window {
  let slim: string;
  try {
    slim = slimPage(html).html;
  } catch (err) {
    if (err instanceof PageTooBig) {
      throw new CliError(err.kind === 'depth' ? 'cli.error.tooDeep' : 'cli.error.tooManyElements', { path: label, limit: err.limit });
    }
    throw err;
  }
  try {
    return parseSavedPage(slim, url);
  } catch (err) {
    throw tooComplex(err, label);
  }
}

function tooComplex(err: unknown, label: string): unknown {
  if (err instanceof RangeError) return new CliError('cli.error.tooComplex', { path: label, reason: err.message.split('\n')[0]! });
  return err;
}

/** Closing tears the DOM down recursively; on a deep page that can overflow, and the scan is already done. */
async function closeQuietly(window: Window): Promise<void> {
  try {
    await window.happyDOM.close();
  } catch {
    // Nothing is left to release that the process exit would not.
  }
}

/** `--outline`: the structure of a saved page, with no text and no value (src/sites/page-outline.ts). */
export async function outlineContent(html: string, label: string): Promise<string> {
  const window = parseBoundedPage(html, 'https://localhost/', label);
  try {
    return outlinePage(window.document as unknown as Document);
  } catch (err) {
    throw tooComplex(err, label);
  } finally {
    await closeQuietly(window);
  }
}

export interface ScanOptions {
  /** `--url`: overrides the page's canonical link / og:url. */
  url: string | null;
  /** The file the input came from (for the fallback `file:` URL); null for standard input. */
  path: string | null;
  /** How messages name the input (a path, `standard input`, or a line of a JSONL file). */
  label?: string;
  /**
   * Tear the DOM down after the scan (default). A single scan that ends the process skips it:
   * on a page of 100,000 elements the teardown costs as much as the reading.
   */
  release?: boolean;
  settings?: Settings;
  now?: Date;
  /** `--seen <file>`: match the profile against this index, then record it there. */
  seen?: SeenIndex;
}

async function scanHtml(html: string, opts: ScanOptions): Promise<{ result: ScanResult; details: ScanDetails }> {
  const fallback = opts.path ? pathToFileURL(opts.path).href : 'file:///stdin';
  const label = opts.label ?? opts.path ?? 'standard input';
  const window = parseBoundedPage(html, opts.url ?? 'https://localhost/', label);
  try {
    const document = window.document as unknown as Document;
    const url = opts.url ?? declaredUrl(document) ?? fallback;
    // A page no site reader claims (an applicant tracking system's candidate view, a saved
    // message) is read as "Check this page" reads it: with the generic candidate reader.
    const page = extractPage(document, url, extractCandidate);
    const now = opts.now ?? new Date();
    const seenMatches = page.snapshot && opts.seen ? matchAndRecord(opts.seen, page.snapshot, now) : undefined;
    const input = page.snapshot ? profileInput(page.snapshot, now, seenMatches) : null;
    const report = input ? evaluate(input, opts.settings) : null;
    // The profile as the rules saw it (its place decided by the city, core/resolve-place.ts).
    return resultFrom(report, { platform: page.platform, state: page.state, profile: input?.profile ?? null });
  } catch (err) {
    throw tooComplex(err, label);
  } finally {
    if (opts.release !== false) await closeQuietly(window);
  }
}

/** Template reuse: other profiles in the index whose text this one reuses; then remember this one. */
function matchAndRecord(seen: SeenIndex, snapshot: ProfileSnapshot, now: Date): SeenMatch[] {
  const sig = profileFingerprint(snapshot);
  return sig ? seen.screen(sig, { key: profileKey(snapshot), url: snapshot.url, platform: snapshot.platform }, now) : [];
}

function scanText(text: string, opts: ScanOptions): { result: ScanResult; details: ScanDetails } {
  const looked = lookup(text, opts.settings, opts.now);
  const out = resultFrom(looked.report, { platform: looked.platform ?? null, state: 'text', profile: null });
  out.details.inputKind = looked.kind;
  return out;
}

/** HTML (or any input given with `--url`) goes through the platform extractors; anything else is text for the lookup. */
export async function scanContent(content: string, opts: ScanOptions): Promise<{ result: ScanResult; details: ScanDetails }> {
  if (content.trim() === '') throw new CliError('cli.error.empty', { path: opts.label ?? opts.path ?? 'standard input' });
  return opts.url !== null || looksLikeHtml(content) ? scanHtml(content, opts) : scanText(content, opts);
}
