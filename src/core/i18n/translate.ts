/** A flat message dictionary: key → English template with `{name}` placeholders. */
export type Messages = Record<string, string>;

export type Translate = (key: string, subs?: Record<string, string | number>) => string;

/** Look a string up; `{name}` placeholders are filled from `subs`. A missing key shows the key itself. */
export function makeTranslator(messages: Messages): Translate {
  return (key, subs) => {
    const template = Object.hasOwn(messages, key) ? messages[key]! : key;
    if (!subs) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(subs, name) ? String(subs[name]) : m));
  };
}
