import { parseCount } from '../../core/normalise';
import { emptySnapshot } from '../../core/snapshot';
import type { ExtractResult } from '../define-site';
import { classifyUrlString } from '../../core/url-kind';
import { fillUnknown } from '../fill-unknown';
import { microdata, title } from '../dom-read';
import { classify } from './urls';
import { fromPerseusProps, readPerseusProps, type FiverrFields } from './perseus-props';

/** Fiverr answers scrapers and some visitors with a bot-check page instead of the profile. */
const BOT_WALL = '#px-captcha, [data-testid="login-form"], form[action*="/login"]';
const NOT_FOUND_TITLE = /\b(404|page not found|not found)\b/i;

/** Older seller pages: schema.org microdata `name`, `ratingValue`, `reviewCount`. */
function fromMicrodata(document: Document): FiverrFields {
  const scope: ParentNode = document.querySelector('[itemscope][itemtype*="Person"]') ?? document;
  const rating = Number(microdata(document, 'ratingValue'));
  return {
    name: microdata(scope, 'name'),
    rating: Number.isFinite(rating) && rating > 0 && rating <= 5 ? rating : null,
    reviewCount: parseCount(microdata(document, 'reviewCount')),
  };
}

export function extract(document: Document, url: string): ExtractResult {
  const { u, kind } = classifyUrlString(url, classify);
  if (!u || kind !== 'profile') return { state: kind, snapshot: null };
  const props = readPerseusProps(document);
  const fromProps = props ? fromPerseusProps(props) : null;
  if (!fromProps && document.querySelector(BOT_WALL)) return { state: 'login-wall', snapshot: null };
  if (!fromProps && NOT_FOUND_TITLE.test(title(document) ?? '')) return { state: 'not-found', snapshot: null };

  const snap = emptySnapshot('fiverr', url);
  if (fromProps) fillUnknown(snap, fromProps);
  fillUnknown(snap, fromMicrodata(document));
  if (!snap.name && !snap.accountId) return { state: 'not-found', snapshot: null };
  snap.accountId ??= u.pathname.split('/').filter(Boolean)[0]!.toLowerCase();
  return { state: 'profile', snapshot: snap };
}
