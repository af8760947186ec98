// Bracket structure of one line: which open bracket encloses a position, and unmatched closers.

export type BracketKind = '(' | '【' | '[' | '<';
const OPEN: Record<string, BracketKind> = { '(': '(', '（': '(', '【': '【', '[': '[', '［': '[', '〔': '[', '<': '<', '＜': '<', '〈': '<' };
const CLOSE: Record<string, BracketKind> = { ')': '(', '）': '(', '】': '【', ']': '[', '］': '[', '〕': '[', '>': '<', '＞': '<', '〉': '<' };

export interface OpenBracket { kind: BracketKind; pos: number }

// The same by code unit, for the scanners (a switch on a number, no one-character string, no property lookup).
function openKindOf(code: number): BracketKind | undefined {
  switch (code) {
    case 0x28: case 0xff08: return '('; // ( （
    case 0x3010: return '【';
    case 0x5b: case 0xff3b: case 0x3014: return '['; // [ ［ 〔
    case 0x3c: case 0xff1c: case 0x3008: return '<'; // < ＜ 〈
  }
  return undefined;
}
function closeKindOf(code: number): BracketKind | undefined {
  switch (code) {
    case 0x29: case 0xff09: return '('; // ) ）
    case 0x3011: return '【'; // 】
    case 0x5d: case 0xff3d: case 0x3015: return '['; // ] ］ 〕
    case 0x3e: case 0xff1e: case 0x3009: return '<'; // > ＞ 〉
  }
  return undefined;
}

export const isOpenBracket = (c: string | undefined): boolean => c !== undefined && c in OPEN;
export const isCloseBracket = (c: string | undefined): boolean => c !== undefined && c in CLOSE;
export const closeKind = (c: string): BracketKind | undefined => (c.length === 1 ? closeKindOf(c.charCodeAt(0)) : CLOSE[c]);

/**
 * For each query position (ascending), the innermost bracket open at that position.
 * Also reports closers without an opener on the line (orphans), e.g. `240億円)` of a pair split over lines.
 */
export function bracketScan(line: string, positions: number[]): { enclosing: (OpenBracket | null)[]; orphanCloses: Set<number> } {
  const stack: OpenBracket[] = [];
  const enclosing: (OpenBracket | null)[] = [];
  const orphanCloses = new Set<number>();
  let q = 0;
  for (let i = 0; i <= line.length; i++) {
    while (q < positions.length && positions[q] === i) { enclosing.push(stack.length ? stack[stack.length - 1] : null); q++; }
    if (i === line.length) break;
    const code = line.charCodeAt(i);
    // every bracket character is ( ) < > [ ] or in U+3008..U+3015 / U+FF08..U+FF3D: skip the rest cheaply
    // (kanji and kana, between the two ranges, with the first test)
    if (code > 0x3015 ? code < 0xff08 || code > 0xff3d : code < 0x3008 && code !== 0x28 && code !== 0x29 && code !== 0x3c && code !== 0x3e && code !== 0x5b && code !== 0x5d) continue;
    const o = openKindOf(code);
    if (o) { stack.push({ kind: o, pos: i }); continue; }
    const k = closeKindOf(code);
    if (k) {
      let j = stack.length - 1;
      while (j >= 0 && stack[j].kind !== k) j--;
      if (j < 0) orphanCloses.add(i);
      else stack.length = j;
    }
  }
  while (q < positions.length) { enclosing.push(stack.length ? stack[stack.length - 1] : null); q++; }
  return { enclosing, orphanCloses };
}

export const bracketInternals = { OPEN, CLOSE, openKindOf, closeKindOf };
