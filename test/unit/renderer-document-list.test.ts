import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOC_SORT,
  filterDocuments,
  listCursor,
  nextSort,
  rowWindow,
  scrollToRow,
  searchKey,
  sortDocuments,
  visibleDocuments,
} from '../../renderer/logic/document-list';

// Invented documents.
const doc = (id: string, title: string, fileName: string, records = 10, reviewed = 0) => ({ id, title, fileName, records, reviewed });
const DOCS = [
  doc('a', '令和7年度 ＡＩ研究推進費の概要', 'doc-10.txt', 10, 5),
  doc('b', 'よさん案の説明', 'Doc-2.TXT', 4, 4),
  doc('c', 'ｶｲｺﾞ保険の見直し', 'kaigo.pdf', 0, 0),
  doc('d', 'Budget Overview FY2025', 'ｂｕｄｇｅｔ.txt', 8, 2),
];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('document search', () => {
  it('folds case, full and half width, and hiragana to katakana', () => {
    expect(searchKey('ＡＢＣ　ｄｅｆ')).toBe('abc def');
    expect(searchKey('ｶｲｺﾞ')).toBe('カイゴ');
    expect(searchKey('かいご')).toBe('カイゴ');
    expect(searchKey('  Ａ  b ')).toBe('a b');
  });

  it('finds by title or file name, whatever the width and case typed', () => {
    expect(ids(filterDocuments(DOCS, 'ai研究'))).toEqual(['a']); // full-width ＡＩ in the title
    expect(ids(filterDocuments(DOCS, 'ai'))).toEqual(['a', 'c']); // and kaigo.pdf
    expect(ids(filterDocuments(DOCS, 'ＤＯＣ-2'))).toEqual(['b']); // file name, other width and case
    expect(ids(filterDocuments(DOCS, 'かいご'))).toEqual(['c']); // half-width katakana title
    expect(ids(filterDocuments(DOCS, 'ヨサン'))).toEqual(['b']); // hiragana title
    expect(ids(filterDocuments(DOCS, 'budget'))).toEqual(['d']); // title and full-width file name
    expect(ids(filterDocuments(DOCS, '.pdf'))).toEqual(['c']);
  });

  it('needs every word of the query, and an empty query keeps all', () => {
    expect(ids(filterDocuments(DOCS, '令和7年度 概要'))).toEqual(['a']);
    expect(ids(filterDocuments(DOCS, '令和7年度 見直し'))).toEqual([]);
    expect(ids(filterDocuments(DOCS, '   '))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('document sort', () => {
  it('sorts file names with numbers as numbers, case-insensitively', () => {
    expect(ids(sortDocuments(DOCS, DEFAULT_DOC_SORT))).toEqual(['d', 'b', 'a', 'c']); // budget, Doc-2, doc-10, kaigo
    expect(ids(sortDocuments(DOCS, { key: 'file', dir: 'desc' }))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('sorts by progress, a document without records counting as none reviewed; ties by file name', () => {
    expect(ids(sortDocuments(DOCS, { key: 'progress', dir: 'desc' }))).toEqual(['b', 'a', 'd', 'c']);
    const tie = [doc('x', 't', 'b.txt', 2, 1), doc('y', 't', 'a.txt', 4, 2)];
    expect(ids(sortDocuments(tie, { key: 'progress', dir: 'asc' }))).toEqual(['y', 'x']);
  });

  it('sorts by title, falling back to the file name for an empty title', () => {
    const docs = [doc('x', 'Beta', 'z.txt'), doc('y', '', 'alpha.txt'), doc('z', 'gamma', 'a.txt')];
    expect(ids(sortDocuments(docs, { key: 'title', dir: 'asc' }))).toEqual(['y', 'x', 'z']);
  });

  it('filters then sorts, and choosing the same key again reverses', () => {
    expect(ids(visibleDocuments(DOCS, 'doc', { key: 'file', dir: 'desc' }))).toEqual(['a', 'b']);
    expect(nextSort({ key: 'file', dir: 'asc' }, 'file')).toEqual({ key: 'file', dir: 'desc' });
    expect(nextSort({ key: 'file', dir: 'asc' }, 'progress')).toEqual({ key: 'progress', dir: 'desc' });
    expect(nextSort({ key: 'progress', dir: 'desc' }, 'title')).toEqual({ key: 'title', dir: 'asc' });
  });
});

describe('virtual rows and the list cursor', () => {
  it('renders the rows in view and a few around them, never past the ends', () => {
    expect(rowWindow(0, 300, 60, 1500, 2)).toEqual({ start: 0, end: 7 });
    expect(rowWindow(6000, 300, 60, 1500, 2)).toEqual({ start: 98, end: 107 });
    expect(rowWindow(1e9, 300, 60, 1500, 2)).toEqual({ start: 1500, end: 1500 });
    expect(rowWindow(0, 300, 60, 0)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls only as far as brings a row into view', () => {
    expect(scrollToRow(0, 300, 60, 2)).toBe(0); // in view
    expect(scrollToRow(0, 300, 60, 10)).toBe(360); // below: its bottom at the view's bottom
    expect(scrollToRow(600, 300, 60, 3)).toBe(180); // above: at the top
  });

  it('moves with the arrows, Home, End and pages, clamped to the ends', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    expect(listCursor(order, 'b', 'ArrowDown')).toBe('c');
    expect(listCursor(order, 'e', 'ArrowDown')).toBe('e');
    expect(listCursor(order, 'a', 'ArrowUp')).toBe('a');
    expect(listCursor(order, null, 'ArrowDown')).toBe('a');
    expect(listCursor(order, 'gone', 'ArrowUp')).toBe('e');
    expect(listCursor(order, 'c', 'Home')).toBe('a');
    expect(listCursor(order, 'c', 'End')).toBe('e');
    expect(listCursor(order, 'b', 'PageDown', 2)).toBe('d');
    expect(listCursor(order, 'b', 'PageUp', 2)).toBe('a');
    expect(listCursor(order, 'b', 'x')).toBeNull();
    expect(listCursor([], 'b', 'ArrowDown')).toBeNull();
  });
});
