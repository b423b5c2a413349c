import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { evaluate } from '../engine/evaluate';
import { lookup } from '../engine/lookup';
import { extractPage } from '../sites/extract-page';
import { profileInput } from '../core/rule-input';
import { profileKey, type ProfileSnapshot } from '../core/snapshot';
import type { SeenMatch } from '../core/rule';
import { profileFingerprint, type SeenIndex } from '../seen/seen-index';
import type { Settings } from '../settings/schema';
import { resultFrom, type ScanDetails, type ScanResult } from './scan-result';

/** Only the start of a file decides whether it is a page: a résumé may quote `<html>` further down. */
const SNIFF_CHARS = 4096;
const HTML_START_RE = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]/i;

/** Content sniffing, not the file extension: saved pages are often `.htm`, `.txt` or extension-less. */
export function looksLikeHtml(text: string): boolean {
  return HTML_START_RE.test(text.slice(0, SNIFF_CHARS));
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

export interface ScanOptions {
  /** `--url`: overrides the page's canonical link / og:url. */
  url: string | null;
  /** The file the input came from (for the fallback `file:` URL); null for standard input. */
  path: string | null;
  settings?: Settings;
  now?: Date;
  /** `--seen <file>`: match the profile against this index, then record it there. */
  seen?: SeenIndex;
}

async function scanHtml(html: string, opts: ScanOptions): Promise<{ result: ScanResult; details: ScanDetails }> {
  const fallback = opts.path ? pathToFileURL(opts.path).href : 'file:///stdin';
  const window = parseSavedPage(html, opts.url ?? 'https://localhost/');
  try {
    const document = window.document as unknown as Document;
    const url = opts.url ?? declaredUrl(document) ?? fallback;
    const page = extractPage(document, url);
    const now = opts.now ?? new Date();
    const seenMatches = page.snapshot && opts.seen ? matchAndRecord(opts.seen, page.snapshot, now) : undefined;
    const report = page.snapshot ? evaluate(profileInput(page.snapshot, now, seenMatches), opts.settings) : null;
    return resultFrom(report, { platform: page.platform, state: page.state, profile: page.snapshot });
  } finally {
    await window.happyDOM.close();
  }
}

/** Template reuse: other profiles in the index whose text this one reuses; then remember this one. */
function matchAndRecord(seen: SeenIndex, snapshot: ProfileSnapshot, now: Date): SeenMatch[] {
  const sig = profileFingerprint(snapshot);
  if (!sig) return [];
  const subject = { key: profileKey(snapshot), url: snapshot.url, platform: snapshot.platform };
  const matches = seen.lookup(sig, subject);
  seen.record(subject, sig, now);
  return matches;
}

function scanText(text: string, opts: ScanOptions): { result: ScanResult; details: ScanDetails } {
  const looked = lookup(text, opts.settings, opts.now);
  const out = resultFrom(looked.report, { platform: looked.platform ?? null, state: 'text', profile: null });
  out.details.inputKind = looked.kind;
  return out;
}

/** HTML goes through the platform extractors; anything else is text for the lookup. */
export async function scanContent(content: string, opts: ScanOptions): Promise<{ result: ScanResult; details: ScanDetails }> {
  return looksLikeHtml(content) ? scanHtml(content, opts) : scanText(content, opts);
}
