import { describe, expect, it } from 'vitest';
import { claimedDates, imageEditorIn, isPersonName, sameNameish } from '../../../src/matching/document-claims';

describe('document claims', () => {
  it('a person’s full name, not a login, a device, a tool or an organisation', () => {
    for (const name of ['Rowan Castellanos', 'José Álvarez-Ruiz', 'Mary-Jane O’Neil', 'Nguyễn Văn An']) expect(isPersonName(name), name).toBe(true);
    for (const other of ['jsmith', 'Windows User', 'Microsoft Office User', 'HP Inc.', 'Canva', 'Talent Partners Ltd', 'admin', 'j.smith@example.com', 'User 42', '', null]) {
      expect(isPersonName(other), String(other)).toBe(false);
    }
  });

  it('the same name in another order, with an initial or a one-letter slip; not two different names', () => {
    expect(sameNameish('Morgan Ellery', 'Ellery Morgan')).toBe(true);
    expect(sameNameish('Casey Lindqvist', 'C. Lindquist')).toBe(true);
    expect(sameNameish('Jordan Blake', 'Alex Morgan')).toBe(false);
    expect(sameNameish('Ana Lima', 'Wei Zhang')).toBe(false);
  });

  it('image editors only', () => {
    expect(imageEditorIn('Adobe Photoshop 25.4 (Windows)')).toBe('Adobe Photoshop 25.4 (Windows)');
    expect(imageEditorIn('GIMP 2.10')).toBe('GIMP 2.10');
    for (const tool of ['Microsoft® Word for Microsoft 365', 'Canva', 'Adobe InDesign 19.0', 'Skia/PDF m131', null]) expect(imageEditorIn(tool)).toBeNull();
  });

  it('dates the text claims for the document, to the end of the month or day', () => {
    expect(claimedDates('Updated: March 2024')).toEqual([{ written: 'Updated: March 2024', latest: '2024-03-31T23:59:59.000Z' }]);
    expect(claimedDates('Last updated 12 March 2025')[0]!.latest).toBe('2025-03-12T23:59:59.000Z');
    expect(claimedDates('Revised 2024-02')[0]!.latest).toBe('2024-02-29T23:59:59.000Z');
    expect(claimedDates('Start date: March 2019. As of May 2020 I lead the team. Updated 2023.')).toEqual([]);
    expect(claimedDates(`${'Updated March 2024 '.repeat(50)}`)).toHaveLength(10);
  });
});
