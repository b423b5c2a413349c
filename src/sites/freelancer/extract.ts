import { emptySnapshot } from '../../core/snapshot';
import type { ExtractResult } from '../define-site';
import { classifyUrlString } from '../../core/url-kind';
import { fillUnknown } from '../fill-unknown';
import { title } from '../dom-read';
import { classify, usernameFromUrl } from './urls';
import { fromComponents, fromJsonLd } from './page-dom';
import { findUserRecord, fromUserRecord, readTransferState } from './transfer-state';

const LOGIN_FORM = 'app-login, fl-login, form[action*="/login"]';
const NOT_FOUND_TITLE = /\b(404|page not found|not found|user does not exist)\b/i;

/** Transfer state first, then JSON-LD, then `fl-*` components (machine data before DOM text). */
export function extract(document: Document, url: string): ExtractResult {
  const { kind } = classifyUrlString(url, classify);
  if (kind !== 'profile') return { state: kind, snapshot: null };
  const username = usernameFromUrl(url);
  if (!username) return { state: 'not-a-profile', snapshot: null };
  const record = findUserRecord(readTransferState(document), username);
  if (!record && document.querySelector(LOGIN_FORM)) return { state: 'login-wall', snapshot: null };
  if (!record && NOT_FOUND_TITLE.test(title(document) ?? '')) return { state: 'not-found', snapshot: null };

  const snap = emptySnapshot('freelancer', url);
  if (record) fillUnknown(snap, fromUserRecord(record));
  fillUnknown(snap, fromJsonLd(document));
  fillUnknown(snap, fromComponents(document));
  if (!snap.name) return { state: 'not-found', snapshot: null };
  snap.accountId ??= username.toLowerCase();
  return { state: 'profile', snapshot: snap };
}
