import { cleanText } from '../../core/normalise';

/**
 * Values a candidate page labels: "Email", "Phone", "Location", "Current
 * company", "LinkedIn" … as applicant tracking systems lay out a candidate's
 * details — definition lists, two-cell table rows, or a label element followed
 * by its value. The label decides the field; the page's class names (which
 * change with every redesign) do not.
 */

export type FieldName = 'name' | 'email' | 'phone' | 'location' | 'employer' | 'title' | 'profileLink';

const LABELS: readonly [FieldName, RegExp][] = [
  ['name', /^(candidate(?: name)?|full name|name|applicant(?: name)?)$/],
  ['email', /^(e-?mail(?: address)?|contact e-?mail)$/],
  ['phone', /^(phone(?: number)?|mobile(?: phone)?|telephone|tel|cell(?: phone)?)$/],
  ['location', /^(location|current location|city|address|home address|based in|lives in)$/],
  ['employer', /^(current company|company|employer|current employer|organi[sz]ation)$/],
  ['title', /^(current title|headline|job title|current role|current position)$/],
  // A link the candidate gives to a profile or site of their own: all are read the same way.
  ['profileLink', /^((?:linkedin|github)(?: profile| url)?|website|portfolio(?: url)?|personal (?:site|website)|blog|other website)$/],
];

export interface LabelledValue {
  field: FieldName;
  text: string;
  /** The value's first link, if it has one (a LinkedIn field is usually an anchor). */
  href: string | null;
}

/** Elements looked at for labels, and values kept: a candidate card has tens, not thousands. */
const MAX_LABEL_ELEMENTS = 3_000;
const MAX_VALUES = 60;

export function fieldOfLabel(raw: string | null | undefined): FieldName | null {
  const label = cleanText(raw, 60)
    ?.toLowerCase()
    .replace(/[:：*]+$/, '')
    .trim();
  if (!label || label.length > 40) return null;
  for (const [field, re] of LABELS) if (re.test(label)) return field;
  return null;
}

function valueOf(el: Element | null): { text: string; href: string | null } | null {
  if (!el) return null;
  const text = cleanText(el.textContent, 500);
  const a = el.tagName === 'A' ? el : el.querySelector('a[href]');
  const href = a?.getAttribute('href') ?? null;
  if (!text && !href) return null;
  return { text: text ?? '', href };
}

/**
 * Values the page marks by a class or `data-field` token of their own
 * (`class="headline"`, `class="candidate-location"`), for candidate cards that
 * show a value without a visible label. Only whole tokens count.
 */
const MARKS: readonly [FieldName, RegExp][] = [
  ['name', /^(candidate-name|applicant-name|profile-name)$/i],
  ['title', /^(headline|candidate-headline|current-title|job-title)$/i],
  ['location', /^(location|candidate-location|profile-location)$/i],
  ['employer', /^(current-company|current-employer)$/i],
];

export function readMarkedFields(root: Element | null): LabelledValue[] {
  if (!root) return [];
  const out: LabelledValue[] = [];
  try {
    for (const el of Array.from(root.querySelectorAll('[class], [data-field]')).slice(0, MAX_LABEL_ELEMENTS)) {
      const tokens = [...(el.getAttribute('class') ?? '').split(/\s+/), el.getAttribute('data-field') ?? ''].filter(Boolean).slice(0, 20);
      const field = MARKS.find(([, re]) => tokens.some((t) => re.test(t)))?.[0];
      if (!field || el.childElementCount > 2) continue;
      const v = valueOf(el);
      if (v?.text && v.text.length <= 200 && out.length < MAX_VALUES) out.push({ field, ...v });
    }
  } catch {
    /* a hostile DOM: keep what was read */
  }
  return out;
}

/** Every labelled value in `root`, in page order. */
export function readLabelledFields(root: Element | null): LabelledValue[] {
  if (!root) return [];
  const out: LabelledValue[] = [];
  const push = (field: FieldName | null, v: { text: string; href: string | null } | null) => {
    if (field && v && out.length < MAX_VALUES) out.push({ field, ...v });
  };
  try {
    // <dt>Label</dt><dd>value</dd> and <th>Label</th><td>value</td>.
    for (const term of Array.from(root.querySelectorAll('dt, th')).slice(0, MAX_LABEL_ELEMENTS)) {
      const field = fieldOfLabel(term.textContent);
      if (!field) continue;
      let next = term.nextElementSibling;
      while (next && next.tagName === term.tagName) next = next.nextElementSibling;
      push(field, valueOf(next));
    }
    // A short label element followed by its value: <span class="label">Email</span><a href="mailto:…">…</a>.
    for (const label of Array.from(root.querySelectorAll('label, span, strong, b, h3, h4, h5, h6, div, p')).slice(0, MAX_LABEL_ELEMENTS)) {
      if (label.childElementCount > 1) continue;
      const own = label.textContent ?? '';
      if (own.length > 45) continue;
      // "Email: jo@example.com" inside one element.
      const inline = /^\s*([^:：]{2,30})[:：]\s*(.+)$/s.exec(own);
      if (inline && label.childElementCount === 0) {
        const field = fieldOfLabel(inline[1]);
        if (field) {
          push(field, { text: cleanText(inline[2], 500) ?? '', href: null });
          continue;
        }
      }
      const field = fieldOfLabel(own);
      if (!field) continue;
      const next = label.nextElementSibling;
      if (next) push(field, valueOf(next));
      else if (label.parentElement) {
        // <p><strong>Phone</strong> +1 …</p>: the value is the rest of the parent's text.
        const rest = (label.parentElement.textContent ?? '').slice(own.length);
        const text = cleanText(rest.replace(/^\s*[:：]/, ''), 500);
        if (text) push(field, { text, href: null });
      }
    }
  } catch {
    /* a hostile DOM: keep what was read */
  }
  return out;
}
