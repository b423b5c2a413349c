import rule from '../../../../src/rules/document-image-editor';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { resumeFile } from '../document-fixtures';
import { NOW } from '../fixtures';

const TEXT = 'Alex Morgan\nSoftware engineer with eight years of experience.';

export default defineCases(rule, {
  fires: [
    { name: 'made in Photoshop', input: resumeFile(TEXT, { format: 'pdf', creatorTool: 'Adobe Photoshop 25.4 (Windows)', producer: 'Adobe Photoshop for Windows' }) },
    { name: 'written out by GIMP', input: resumeFile(TEXT, { format: 'pdf', creatorTool: null, producer: 'GIMP 2.10.36' }) },
  ],
  quiet: [
    { name: 'a word processor', input: resumeFile(TEXT) },
    { name: 'a PDF printed from a browser', input: resumeFile(TEXT, { format: 'pdf', creatorTool: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0', producer: 'Skia/PDF m131' }) },
    { name: 'a résumé builder', input: resumeFile(TEXT, { format: 'pdf', creatorTool: 'Canva', producer: 'Canva' }) },
    { name: 'a layout program', input: resumeFile(TEXT, { format: 'pdf', creatorTool: 'Adobe InDesign 19.0 (Macintosh)', producer: 'Adobe PDF Library 17.0' }) },
    { name: 'LaTeX', input: resumeFile(TEXT, { format: 'pdf', creatorTool: 'LaTeX with hyperref', producer: 'pdfTeX-1.40.25' }) },
    { name: 'no tool named', input: resumeFile(TEXT, { creatorTool: null, producer: null }) },
    { name: 'pasted text mentioning Photoshop', input: textInput('Skills: Photoshop, Figma, GIMP.', 'text', NOW) },
  ],
});
