// Files in the browser host: a picked file arrives as an upload (streamed to a private temp
// folder, never into memory whole) and an export leaves as a one-time download.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ExportedFile } from '../shared/api';
import type { FileHost, PickedFiles } from './host-api';
import { send } from './http-api';

const MAX_UPLOAD = 4 * 1024 * 1024 * 1024;

export class WebFiles implements FileHost {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-web-'));
  private downloads = new Map<string, { path: string; name: string }>();

  constructor(private readonly picked: PickedFiles) {}

  async pick(): Promise<null> {
    return null; // the page uploads the file instead (POST /api/upload)
  }

  async pickDocuments(): Promise<null> {
    return null; // the page uploads the files instead
  }

  async save(suggestedName: string, write: (file: string) => Promise<string[]>): Promise<ExportedFile> {
    const folder = fs.mkdtempSync(path.join(this.dir, 'out-'));
    const written = await write(path.join(folder, suggestedName));
    return {
      files: written.map((file) => {
        const id = randomBytes(18).toString('base64url');
        this.downloads.set(id, { path: file, name: path.basename(file) });
        return { name: path.basename(file), bytes: fs.statSync(file).size, download: id };
      }),
    };
  }

  /** An upload is temporary: an opened one is kept as a checked copy in the app-data folder. */
  readonly opensCopy = true;

  /** POST /api/upload?name=…: the body is the file's bytes. */
  async upload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'bad_request', message: 'POST only' } });
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (!(declared >= 0 && declared <= MAX_UPLOAD)) {
      return send(res, 413, { ok: false, error: { code: 'too_large', message: 'file too large or length unknown' } });
    }
    const name = new URL(req.url ?? '/', 'http://x').searchParams.get('name')?.slice(0, 255) || 'upload.yosan';
    const file = path.join(this.dir, `${randomBytes(12).toString('hex')}.upload`);
    await pipeline(req, fs.createWriteStream(file, { flags: 'wx' }));
    const bytes = fs.statSync(file).size;
    send(res, 200, { ok: true, result: this.picked.add(file, bytes, path.basename(name)) });
  }

  /** GET /api/download/:id — once. */
  download(id: string, res: http.ServerResponse): void {
    const d = this.downloads.get(id);
    if (!d) return send(res, 404, { ok: false, error: { code: 'not_found', message: 'no such download' } });
    this.downloads.delete(id);
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${encodeURIComponent(d.name)}"`,
      'Content-Length': fs.statSync(d.path).size,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(d.path)
      .on('close', () => fs.rmSync(d.path, { force: true }))
      .pipe(res);
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
