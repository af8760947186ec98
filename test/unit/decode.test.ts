import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument, DecodeError, documentTitle } from '../../shared/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const codeOf = (bytes: Uint8Array) => {
  try {
    decodeDocument(bytes);
    return 'ok';
  } catch (e) {
    return (e as DecodeError).code;
  }
};

describe('decodeDocument', () => {
  it('reads UTF-8 and drops the BOM so offsets refer to the text', () => {
    expect(decodeDocument(utf8('\uFEFF予算 2,566億円'))).toEqual({ text: '予算 2,566億円', encoding: 'UTF-8' });
  });

  it('detects Shift_JIS, common in government files', () => {
    // 「予算額」 in Shift_JIS: 975C 8E5A 8A7A
    const sjis = new Uint8Array([0x97, 0x5c, 0x8e, 0x5a, 0x8a, 0x7a, 0x20, 0x31, 0x30, 0x89, 0xad, 0x89, 0x7e]);
    expect(decodeDocument(sjis)).toEqual({ text: '予算額 10億円', encoding: 'Shift_JIS' });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x88, 0x4e, 0x97, 0x7b]); // 予算
    expect(decodeDocument(le).text).toBe('予算');
  });

  it('refuses empty, blank, binary and undecodable files with a reason', () => {
    expect(codeOf(new Uint8Array())).toBe('empty');
    expect(codeOf(utf8('  \n\t \n'))).toBe('empty');
    expect(codeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('binary');
    expect(codeOf(utf8('abc\u0001\u0002\u0003\u0004def'))).toBe('binary');
    expect(codeOf(new Uint8Array([0xff, 0xff, 0xff, 0x80, 0x81, 0xfd]))).toBe('encoding');
  });
});

describe('documentTitle', () => {
  it('takes the first meaningful line, else the file name', () => {
    expect(documentTitle('\n \n令和7年度 予算のポイント\n本文', 'a.txt')).toBe('令和7年度 予算のポイント');
    expect(documentTitle('\n\n', 'a.txt')).toBe('a.txt');
  });
});

describe('decodeDocument: a text with control characters', () => {
  // the plain count the quick search stands before: C0 controls other than tab, newline, CR and FF, DEL and U+FFFD
  const oddShare = (t: string) => [...t].filter((ch) => { const c = ch.charCodeAt(0); return (c < 0x20 && ![9, 10, 12, 13].includes(c)) || c === 0x7f || c === 0xfffd; }).length / t.length;
  it('is refused as binary exactly when more than 1% of its characters are controls', () => {
    const ch = fc.constantFrom('予', '算', 'a', ' ', '\t', '\n', '\r', '\f', '\x01', '\x0b', '\x1f', '\x7f', '\ufffd', '\x08', '\x0e');
    fc.assert(fc.property(fc.array(ch, { minLength: 1, maxLength: 300 }), fc.integer({ min: 0, max: 400 }), (cs, pad) => {
      const text = '予算'.repeat(pad) + cs.join('');
      if (!text.trim()) return;
      const expected = oddShare(text) > 0.01 ? 'binary' : 'ok';
      expect(codeOf(utf8(text))).toBe(expected);
    }), { numRuns: 300 });
  });
});
