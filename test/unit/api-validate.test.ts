import { describe, expect, it } from 'vitest';
import { ApiError, dispatch, toWireError, type ApiHandlers } from '../../shared/api';

const calls: unknown[] = [];
const handlers = new Proxy({} as ApiHandlers, {
  get: (_t, name) => (args: unknown) => {
    calls.push([name, args]);
    return 'ok';
  },
});
const DOC = 'a'.repeat(64);

async function wire(method: unknown, args: unknown) {
  try {
    return { ok: true, result: await dispatch(handlers, method, args) };
  } catch (e) {
    return { ok: false, error: toWireError(e) };
  }
}

describe('API argument validation', () => {
  it('passes well-formed calls through', async () => {
    expect(await wire('listRecords', { documentId: DOC })).toEqual({ ok: true, result: 'ok' });
    expect(calls.at(-1)).toEqual(['listRecords', { documentId: DOC }]);
  });

  it('refuses unknown methods, extra keys, wrong types and prototype tricks', async () => {
    const before = calls.length;
    expect((await wire('dropEverything', {})).error?.code).toBe('bad_method');
    expect((await wire('__proto__', {})).error?.code).toBe('bad_method');
    expect((await wire('listRecords', { documentId: DOC, sql: 'x' })).error).toEqual({
      code: 'bad_argument',
      message: 'listRecords.sql: is not allowed',
    });
    expect((await wire('listRecords', { documentId: '../../etc/passwd' })).error?.code).toBe('bad_argument');
    expect((await wire('getDocument', { id: 42 })).error?.code).toBe('bad_argument');
    expect((await wire('importDocument', { fileName: 'a.txt', dataBase64: 'not base64!' })).error?.code).toBe('bad_argument');
    expect((await wire('listDocuments', [])).error?.code).toBe('bad_argument');
    expect(calls.length).toBe(before); // nothing reached the store
  });

  it('keeps ApiError codes for the UI', () => {
    expect(toWireError(new ApiError('duplicate', 'already imported'))).toEqual({ code: 'duplicate', message: 'already imported' });
  });
});

describe('errors across a boundary', () => {
  it('keep the store’s own codes (a damaged or newer database), never "internal" for them', async () => {
    const { StoreError } = await import('../../db/store');
    const { SchemaError } = await import('../../db/migrations');
    expect(toWireError(new StoreError('corrupt', 'database x is damaged'))).toEqual({ code: 'corrupt', message: 'database x is damaged' });
    expect(toWireError(new SchemaError('future_schema', 'newer'))).toEqual({ code: 'future_schema', message: 'newer' });
    expect(toWireError(new ApiError('refused_file', 'x', { reason: 'damaged' }))).toEqual({ code: 'refused_file', message: 'x', params: { reason: 'damaged' } });
    // a system error's code is not one of ours: internal, with its message
    expect(toWireError(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' }))).toEqual({ code: 'internal', message: 'ENOENT: no such file' });
    expect(toWireError('boom')).toEqual({ code: 'internal', message: 'boom' });
  });
});
