import { defineRule } from '../core/rule';
import { imageEditorIn } from '../matching/document-claims';

/**
 * A résumé file made or last written by a raster image editor. The 2022 U.S.
 * advisory describes documents forged or altered with editing software such
 * as Photoshop (us22-tc-forged-documents); Canada's advisory asks employers to
 * examine the documents supplied (ca25-mit-scrutinize-docs). A designer may
 * well lay out a résumé in an image editor, and résumé builders, word
 * processors and layout tools are not flagged at all: low, weight 1.
 */
export default defineRule({
  id: 'document-image-editor',
  topic: 'identity',
  indicators: ['us22-tc-forged-documents', 'ca25-mit-scrutinize-docs'],
  severity: 'low',
  weight: 1,
  platforms: 'all',
  subjects: ['text'],
  text: {
    title: 'The résumé file was made with an image editor',
    why:
      'The 2022 U.S. advisory describes documents forged or altered with image-editing software such as Photoshop. This file’s properties name an image editor as the program that made it. Designers sometimes build résumés that way, so on its own this means little; it matters next to other signals.',
    nextStep:
      'Ask for the résumé in the format it was written in (a word-processor file), and check the details that matter — employers, dates, degrees — directly with the sources.',
    evidence: {
      tool: 'The file says it was made with “{tool}”.',
    },
  },
  check: ({ document: doc }, say) => {
    if (!doc) return null;
    const tool = imageEditorIn(doc.creatorTool) ?? imageEditorIn(doc.producer);
    return tool ? [say('tool', { tool })] : null;
  },
});
