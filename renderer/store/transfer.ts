// Delivering exported files to the user: the browser host's one-time downloads are fetched
// and saved; Electron's main process has already written them (their paths are reported).
import type { ExportedFile } from '../../shared/api';
import { ClientError } from '../api-client';
import { exportedNames } from '../logic/exchange';
import { blobSaverOrNull, files } from './api';

export interface Delivered {
  /** Names (browser) or paths (Electron) of the files, for a notice. */
  text: string;
  downloaded: boolean;
}

export async function deliver(out: ExportedFile): Promise<Delivered> {
  const transport = files();
  const save = blobSaverOrNull();
  let downloaded = false;
  for (const f of out.files) {
    if (!f.download) continue;
    if (!transport || !save) throw new ClientError('unsupported', 'this window cannot download files');
    const blob = await transport.download(f.download);
    save(blob, f.name);
    downloaded = true;
  }
  return { text: downloaded ? out.files.map((f) => f.name).join(', ') : exportedNames(out.files), downloaded };
}
