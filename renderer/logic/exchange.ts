// Exchange logic the components and stores use: File menu commands, what a merge summary
// shows, conflicts on records and which side a key chooses. Pure: no DOM, no stores.
import type { MergeSummary } from '../../shared/api';
import type { ConflictSide, RecordConflict, RecordRow } from '../../shared/records';

export const FILE_COMMANDS = ['import', 'importFolder', 'open', 'merge', 'export'] as const;
export type FileCommand = (typeof FILE_COMMANDS)[number];

export function isFileCommand(v: unknown): v is FileCommand {
  return typeof v === 'string' && (FILE_COMMANDS as readonly string[]).includes(v);
}

/** What a file picked for a purpose is used for. 'import': documents (one read in the page, several
 * uploaded); 'importFolder': the documents of a folder. */
export type PickPurpose = 'import' | 'importFolder' | 'merge' | 'open' | 'key';

export const MERGE_ROWS = ['documents', 'records', 'events', 'conflicts', 'signoffs'] as const;
export type MergeRow = (typeof MERGE_ROWS)[number];

/** The summary's figures in the order the dialog lists them. */
export function mergeRows(s: MergeSummary): { key: MergeRow; value: number }[] {
  return MERGE_ROWS.map((key) => ({ key, value: Number(s[key]) || 0 }));
}

/** True when the file brings nothing new (merging it again changes nothing). */
export function mergeIsEmpty(s: MergeSummary): boolean {
  return MERGE_ROWS.every((k) => !s[k]);
}

export function hasConflict(r: Pick<RecordRow, 'conflicts'>): boolean {
  return r.conflicts.length > 0;
}

/** Records of the list holding two concurrent values in some field. */
export function conflictCount(records: readonly Pick<RecordRow, 'conflicts'>[]): number {
  let n = 0;
  for (const r of records) if (r.conflicts.length) n++;
  return n;
}

/** The sides in a stable order: oldest clock first (so 1 and 2 keep their meaning). */
export function orderedSides(c: RecordConflict): ConflictSide[] {
  return [...c.sides].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.eventId < b.eventId ? -1 : 1));
}

/**
 * What key `n` (1-based) chooses on this record: side n of its first conflicting field.
 * Null when the record has no conflict or no such side.
 */
export function sideForKey(r: Pick<RecordRow, 'conflicts'>, n: number): { field: string; eventId: string } | null {
  const c = r.conflicts[0];
  if (!c) return null;
  const side = orderedSides(c)[n - 1];
  return side ? { field: c.field, eventId: side.eventId } : null;
}

/** Names of files an export wrote, for a notice ("a.csv, a.csv.manifest.json"). */
export function exportedNames(files: readonly { name: string; path?: string }[]): string {
  return files.map((f) => f.path ?? f.name).join(', ');
}
