// Errors from the host are worded in the UI's language from their code and parameters, and a
// code without its parameters still shows the host's own message (nothing hidden).
import { describe, expect, it } from 'vitest';
import { ApiError, toWireError } from '../../shared/api';
import { errorText, errorWordings } from '../../renderer/logic/errors';
import { parseFieldInput } from '../../shared/review';

describe('host errors in the UI’s words', () => {
  const dup = toWireError(new ApiError('duplicate', 'a.txt: this document is already imported (as b.txt)', { file: 'a.txt', existing: 'b.txt' }));

  it('a duplicate import names the user’s files in Japanese and English', () => {
    expect(errorText('ja', dup)).toBe('「a.txt」はすでに取り込まれています(「b.txt」として)。');
    expect(errorText('en', dup)).toBe('a.txt is already imported (as b.txt).');
  });

  it('a known code without the parameters its wording needs shows the host’s message', () => {
    expect(errorText('ja', { code: 'duplicate', message: 'a record already covers exactly this text' })).toBe('a record already covers exactly this text');
  });

  it('an unknown code shows the host’s message', () => {
    expect(errorText('ja', { code: 'something_new', message: 'detail' })).toBe('detail');
  });

  it('every refusal of typed input has a wording in both languages', () => {
    for (const [field, input] of [['yen', '12億円abc'], ['yen', '1..5億'], ['yen', '1,23億'], ['fy', 'xyz'], ['fy', '1900'], ['stage', 'foo'], ['flags', 'bar']] as const) {
      const p = parseFieldInput(field, input);
      if (p.ok) throw new Error(`${input} read`);
      expect(errorWordings[p.code], p.code).toBeDefined();
      const ja = errorText('ja', { code: p.code, params: p.params, message: p.error });
      expect(ja).not.toBe(p.error);
      expect(ja).toMatch(/[ぁ-んァ-ン一-龯]/);
    }
  });

  it('a refused PDF is worded in both languages, naming the user’s file', async () => {
    const { readPdf } = await import('../../db/pdf-read');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const fixture = (f: string) => fs.readFileSync(path.resolve(__dirname, '../fixtures/pdf', f));
    for (const [f, code] of [['encrypted.pdf', 'pdf_encrypted'], ['scanned.pdf', 'pdf_no_text'], ['no-unicode.pdf', 'pdf_garbled']] as const) {
      const e = await readPdf(`決算資料_${f}`, fixture(f)).then(() => null, (x: unknown) => toWireError(x as ApiError));
      expect(e?.code).toBe(code);
      expect(errorText('ja', e!)).toContain(`「決算資料_${f}」`);
      expect(errorText('en', e!)).toMatch(new RegExp(`^(?:The text of )?決算資料_${f.replace('.', '\\.')}`));
    }
  }, 60_000);

  it('a refused review file is worded with its reason in both languages; an unknown reason shows the checker\'s words', () => {
    const e = { code: 'refused_file', message: 'x.yosan was written by a newer Yosan Workbench (schema 9, this app 4): update to use it', params: { file: '予算.yosan', reason: 'newer_schema', version: 9, ours: 4 } };
    expect(errorText('ja', e)).toBe('「予算.yosan」を受け付けませんでした。開いているデータベースは変わっていません。理由: 新しい版の予算ワークベンチで書かれています(形式 9、この版は 4)。更新してから使ってください。');
    expect(errorText('en', e)).toBe('予算.yosan was refused; the open database is unchanged. Reason: it was written by a newer Yosan Workbench (schema 9, this app 4): update to use it.');
    const unknown = { ...e, params: { file: '予算.yosan', reason: 'something_new' } };
    expect(errorText('ja', unknown)).toContain(e.message);
  });
});
