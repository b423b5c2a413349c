/** Strings of résumé files: the popup and options drop zone and `scan` on a PDF or DOCX. */
export const RESUME: Record<string, string> = {
  'resume.heading': 'Check a résumé file',
  'options.resume.heading': 'Check a résumé file',
  'resume.drop': 'Drop a PDF or Word (.docx) résumé here, or',
  'resume.choose': 'choose a file',
  'resume.privacy': 'The file is read on this computer only; nothing is uploaded.',
  'resume.reading': 'Reading {name}…',
  'resume.checked': '{name}: {format}, {chars} characters of text checked',
  'resume.none': 'No signals in this file. That is not a clearance on its own.',
  'resume.facts': 'Author: {author} · Last saved by: {editor} · Made with: {tool} · Created: {created}',
  'resume.unknown': 'not stated',
  'resume.note.noText':
    'This file holds no text, only images (a scan or a photo of a résumé), so its text could not be checked. Ask for the original file, or run text recognition (OCR) on it to add a text layer and check it again.',
  'resume.note.pagesCut': 'Only the first {limit} of {pages} pages were read.',
  'resume.problem.empty': 'the file is empty',
  'resume.problem.too-large': 'the file is larger than {limit} MB, more than a résumé needs',
  'resume.problem.unsupported': 'not a PDF or Word (.docx) file',
  'resume.problem.legacy-doc': 'an old Word .doc file: save it as .docx or PDF and check that',
  'resume.problem.damaged': 'the file is damaged and could not be read',
  'resume.problem.encrypted': 'the file is password-protected: ask for an unprotected copy',
  'resume.format.pdf': 'PDF',
  'resume.format.docx': 'Word document',
};
