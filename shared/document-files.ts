// Which files of a folder are offered for import: documents by their extension (the ones the
// import dialog lists), not hidden files. Electron's folder dialog and the browser's folder
// upload choose alike.
export const DOCUMENT_EXTENSIONS = ['txt', 'csv', 'tsv', 'md', 'pdf'] as const;

/** `name` is a file's name or its path inside the folder (any separator). */
export function isDocumentFile(name: string): boolean {
  const parts = name.split(/[\\/]/);
  if (parts.some((p) => p.startsWith('.'))) return false; // hidden files and folders
  const base = parts[parts.length - 1];
  const dot = base.lastIndexOf('.');
  return dot > 0 && (DOCUMENT_EXTENSIONS as readonly string[]).includes(base.slice(dot + 1).toLowerCase());
}

/** A folder's documents in a stable order: by path, numbers in names compared as numbers. */
export function sortDocumentPaths(paths: readonly string[]): string[] {
  const collator = new Intl.Collator('ja', { numeric: true });
  return [...paths].sort((a, b) => collator.compare(a, b));
}
