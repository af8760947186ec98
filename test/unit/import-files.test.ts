import { describe, expect, it } from 'vitest';
import { isDocumentFile, sortDocumentPaths } from '../../shared/document-files';
import { documentsChosen } from '../../renderer/logic/import-files';

describe('the documents of a folder', () => {
  it('takes text and PDF files by extension, in any case, and leaves out hidden files and folders', () => {
    expect(isDocumentFile('a.txt')).toBe(true);
    expect(isDocumentFile('year/sub/B.PDF')).toBe(true);
    expect(isDocumentFile('year\\notes.md')).toBe(true);
    expect(isDocumentFile('table.csv')).toBe(true);
    expect(isDocumentFile('photo.png')).toBe(false);
    expect(isDocumentFile('README')).toBe(false);
    expect(isDocumentFile('.txt')).toBe(false);
    expect(isDocumentFile('year/.hidden.txt')).toBe(false);
    expect(isDocumentFile('year/.git/x.txt')).toBe(false);
  });

  it('orders paths with numbers as numbers', () => {
    expect(sortDocumentPaths(['d/doc-10.txt', 'd/doc-2.txt', 'd/a/doc-1.txt', 'd/doc-1.txt'])).toEqual(['d/a/doc-1.txt', 'd/doc-1.txt', 'd/doc-2.txt', 'd/doc-10.txt']);
  });

  it('keeps several chosen files as they are, and a folder’s documents in order', () => {
    const f = (name: string, webkitRelativePath?: string) => ({ name, webkitRelativePath });
    const picked = [f('b.png'), f('a.txt')];
    expect(documentsChosen(picked, false)).toEqual(picked); // chosen one by one: the importer refuses what it cannot read
    const folder = [f('doc-10.txt', 'y/doc-10.txt'), f('x.png', 'y/x.png'), f('doc-9.txt', 'y/sub/doc-9.txt'), f('doc-2.txt', 'y/doc-2.txt'), f('.h.txt', 'y/.h.txt')];
    expect(documentsChosen(folder, true).map((x) => x.webkitRelativePath)).toEqual(['y/doc-2.txt', 'y/doc-10.txt', 'y/sub/doc-9.txt']);
  });
});
