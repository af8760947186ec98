import { describe, expect, it } from 'vitest';
import { bytesToBase64, ClientError, clientFromTransport, httpTransport, tokenFromHash } from '../../renderer/api-client';

describe('renderer API client', () => {
  it('reads the token from the hash', () => {
    expect(tokenFromHash('#token=abc-_123')).toBe('abc-_123');
    expect(tokenFromHash('token=xyz&x=1')).toBe('xyz');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#other=1')).toBeNull();
  });

  it('posts {method,args} with the token and unwraps results', async () => {
    const calls: { url: string; init: { method: string; headers: Record<string, string>; body: string } }[] = [];
    const client = clientFromTransport(
      httpTransport(async (url, init) => {
        calls.push({ url, init });
        return { ok: true, status: 200, json: async () => ({ ok: true, result: [{ id: 'x' }] }) };
      }, 'tok'),
    );
    const docs = await client.listDocuments({});
    expect(docs).toEqual([{ id: 'x' }]);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/call');
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.headers['X-Yosan-Token']).toBe('tok');
    expect(calls[0].init.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(calls[0].init.body)).toEqual({ method: 'listDocuments', args: {} });
  });

  it('rejects with the server’s message and code', async () => {
    const client = clientFromTransport(async () => ({ ok: false, error: { code: 'duplicate', message: 'already imported' } }));
    const err = await client.importDocument({ fileName: 'a.txt', dataBase64: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClientError);
    expect((err as ClientError).message).toBe('already imported');
    expect((err as ClientError).code).toBe('duplicate');
  });

  it('rejects malformed responses and network failures', async () => {
    const bad = clientFromTransport(async () => 'nonsense' as never);
    await expect(bad.getInfo({})).rejects.toMatchObject({ code: 'bad_response' });
    const down = clientFromTransport(
      httpTransport(async () => {
        throw new Error('connection refused');
      }, null),
    );
    await expect(down.getInfo({})).rejects.toMatchObject({ code: 'network', message: 'connection refused' });
    const html = clientFromTransport(
      httpTransport(async () => ({ ok: false, status: 403, json: async () => { throw new SyntaxError('x'); } }), 't'),
    );
    await expect(html.getInfo({})).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('encodes bytes as base64', () => {
    const bytes = new TextEncoder().encode('予算 2,379億円');
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
