// Which of the files chosen in the page are imported: a folder's documents (by their path inside
// it, hidden ones and other kinds left out) in a stable order; several files as chosen. Pure.
import { isDocumentFile, sortDocumentPaths } from '../../shared/document-files';

export function documentsChosen<F extends { name: string; webkitRelativePath?: string }>(chosen: readonly F[], folder: boolean): F[] {
  if (!folder) return [...chosen];
  const path = (f: F) => f.webkitRelativePath || f.name;
  const byPath = new Map(chosen.filter((f) => isDocumentFile(path(f))).map((f) => [path(f), f]));
  return sortDocumentPaths([...byPath.keys()]).map((p) => byPath.get(p)!);
}
