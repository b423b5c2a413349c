import type { DocumentFacts } from '../../../src/core/document-facts';
import type { RuleInput } from '../../../src/core/rule';
import { textInput } from '../../../src/core/rule-input';
import { NOW } from './fixtures';

/** An ordinary résumé file of the fixture person, written by them in a word processor. */
export function documentFacts(overrides: Partial<DocumentFacts> = {}): DocumentFacts {
  return {
    format: 'docx',
    fileName: 'alex-morgan-resume.docx',
    author: 'Alex Morgan',
    lastModifiedBy: 'Alex Morgan',
    creatorTool: 'Microsoft Office Word',
    producer: null,
    created: '2026-02-20T10:00:00.000Z',
    modified: '2026-03-01T10:00:00.000Z',
    title: 'Resume',
    claimedName: 'Alex Morgan',
    pages: null,
    ...overrides,
  };
}

/** A résumé file as the document rules see it: its text and its properties. */
export function resumeFile(text: string, overrides: Partial<DocumentFacts> = {}): RuleInput {
  return { ...textInput(text, 'text', NOW), document: documentFacts(overrides) };
}
