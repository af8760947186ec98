// Turns the bytes of a file offered as a document into text, or refuses it with a reason a
// user can act on. Japanese government files are often Shift_JIS, so that is detected too.

export type DecodeFailure = 'empty' | 'binary' | 'encoding';

export class DecodeError extends Error {
  constructor(
    public readonly code: DecodeFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS' | 'EUC-JP';
}

const tryDecode = (label: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

const ODD_CHAR = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;
/** Share of characters that no text file holds (C0 controls other than tab/newline/CR/FF, and U+FFFD). */
function oddShare(text: string): number {
  // (most texts hold none: one native search settles them)
  if (!ODD_CHAR.test(text)) return 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) odd++;
  }
  return text.length ? odd / text.length : 0;
}

export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'the file is empty');
  let decoded: Decoded | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = withText(tryDecode('utf-16le', bytes), 'UTF-16LE');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = withText(tryDecode('utf-16be', bytes), 'UTF-16BE');
  else if (bytes.includes(0)) throw new DecodeError('binary', 'this is a binary file, not a text document');
  else {
    decoded =
      withText(tryDecode('utf-8', bytes), 'UTF-8') ??
      withText(tryDecode('shift_jis', bytes), 'Shift_JIS') ??
      withText(tryDecode('euc-jp', bytes), 'EUC-JP');
  }
  if (!decoded) {
    throw new DecodeError('encoding', 'the file is not text in UTF-8, Shift_JIS or EUC-JP; save it as UTF-8 and import again');
  }
  if (oddShare(decoded.text) > 0.01) throw new DecodeError('binary', 'this is a binary file, not a text document');
  if (decoded.text.trim() === '') throw new DecodeError('empty', 'the file holds no text');
  return decoded;
}

function withText(text: string | null, encoding: Decoded['encoding']): Decoded | null {
  if (text === null) return null;
  // TextDecoder strips a BOM; offsets then refer to the text without it.
  return { text, encoding };
}

/** A title for the document list: the first meaningful line, else the file name. */
export function documentTitle(text: string, fileName: string): string {
  for (const raw of text.split('\n', 40)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line.length >= 4) return line.length > 120 ? `${line.slice(0, 119)}…` : line;
  }
  return fileName;
}
