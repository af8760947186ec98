// The ApiClient the stores use. main.tsx installs the real one; tests install a fake.
import type { ApiClient } from '../../shared/api';
import type { FileTransport } from '../api-client';

let client: ApiClient | null = null;
let fileTransport: FileTransport | null = null;
let blobSaver: ((blob: Blob, name: string) => void) | null = null;

export function setApiClient(c: ApiClient): void {
  client = c;
}

export function api(): ApiClient {
  if (!client) throw new Error('API client not installed');
  return client;
}

/** Upload/download for the browser host (null in Electron, where the host's dialogs do it). */
export function setFileTransport(t: FileTransport | null): void {
  fileTransport = t;
}

export function files(): FileTransport | null {
  return fileTransport;
}

/** How a downloaded file is handed to the user (an <a download> in the page; a fake in tests). */
export function setBlobSaver(save: ((blob: Blob, name: string) => void) | null): void {
  blobSaver = save;
}

export function blobSaverOrNull(): ((blob: Blob, name: string) => void) | null {
  return blobSaver;
}
