// One place that makes SQLite connections, so every one (the working database, and the private
// copies files from elsewhere are checked on) loads the native build for the running ABI.
import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

/** Set once by the host that runs under another ABI (Electron passes its own build). */
export function useNativeBinding(file: string | undefined): void {
  if (file) nativeBinding = file;
}

export function connect(file: string, opts: { readonly?: boolean; fileMustExist?: boolean } = {}): Database.Database {
  return new Database(file, { ...opts, nativeBinding });
}
