import { defineRule } from '../core/rule';
import { isPersonName, sameNameish } from '../matching/document-claims';

/**
 * A résumé file whose author or last editor is a named person other than the
 * candidate the résumé is for. German guidance lists CVs that contradict
 * themselves on personal data (de24-rf-cv-inconsistency), Canada's advisory
 * lists background details that do not agree (ca25-rf-inconsistent-bio) and
 * asks employers to examine the documents supplied (ca25-mit-scrutinize-docs).
 * Recruitment agencies, résumé writers, friends and templates routinely leave
 * their names in these fields, so the signal is weak: low, weight 2, and only
 * a full person's name counts (logins, devices, tools and companies do not).
 */
export default defineRule({
  id: 'document-author-not-candidate',
  topic: 'identity',
  indicators: ['de24-rf-cv-inconsistency', 'ca25-rf-inconsistent-bio', 'ca25-mit-scrutinize-docs'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['text'],
  text: {
    title: 'The résumé file was written or last saved by someone else',
    why:
      'German guidance lists CVs that contradict themselves on personal data, and Canadian guidance asks employers to examine the documents a candidate supplies. This file’s own properties name another person as its author or last editor. That is common and often innocent — a recruitment agency, a résumé writer or a friend’s template leaves its name there — so it only means: ask.',
    nextStep:
      'Ask the candidate who prepared the file. If an agency or a helper did, that is ordinary; if the answer does not fit, verify identity and work history directly, with contacts you find yourself.',
    evidence: {
      author: 'The file names “{author}” as its author; the résumé is for “{name}”.',
      editor: 'The file was last saved by “{editor}”; the résumé is for “{name}”.',
    },
  },
  check: ({ document: doc }, say) => {
    if (!doc?.claimedName) return null;
    const name = doc.claimedName;
    const out: string[] = [];
    const author = doc.author;
    if (isPersonName(author) && !sameNameish(author, name)) out.push(say('author', { author, name }));
    const editor = doc.lastModifiedBy;
    if (isPersonName(editor) && !sameNameish(editor, name) && !(author && sameNameish(editor, author) && out.length)) {
      out.push(say('editor', { editor, name }));
    }
    return out.length ? out : null;
  },
});
