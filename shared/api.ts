// The one API contract. Served by Electron IPC (electron/main.ts + preload.ts), by the
// browser host over HTTP (electron/web.ts), and called directly by the CLI and tests.
// Every host validates arguments with `apiArgs` before the call reaches db/.
import { STAGES } from './extract/types';
import { RECORD_STATUSES, type DocumentSummary, type DocumentText, type HistoryEntry, type RecordRow } from './records';
import { EDITABLE_FIELDS } from './review';
import type { SignoffSummary, SignoffView } from './signoff';
import { arr, bool, int, obj, oneOf, optional, str, type Infer, type Schema } from './validate';

const documentId = str({ min: 64, max: 64, pattern: /^[0-9a-f]{64}$/ });
const recordId = str({ min: 24, max: 24, pattern: /^r[0-9a-f]{23}$/ });
const eventId = str({ min: 64, max: 64, pattern: /^[0-9a-f]{64}$/ });
const reason = optional(str({ max: 500 }));
const input = str({ max: 200 });
const handle = str({ min: 16, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });
/** Largest document accepted for import, in bytes (base64 adds a third on the wire). */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

export const apiArgs = {
  getInfo: obj({}),
  getTask: obj({}),
  listDocuments: obj({}),
  getDocument: obj({ id: documentId }),
  /** The PDF a document was read from, for the page view. */
  getDocumentPdf: obj({ id: documentId }),
  listRecords: obj({ documentId }),
  importDocument: obj({
    fileName: str({ min: 1, max: 255 }),
    dataBase64: str({ min: 0, max: Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4, pattern: /^[A-Za-z0-9+/]*={0,2}$/ }),
  }),
  getProfile: obj({}),
  setProfile: obj({ name: str({ min: 1, max: 80 }) }),
  getProgress: obj({}),
  /** `input` is what the reviewer typed; the store parses it with shared/review's parser. */
  setField: obj({ recordId, field: oneOf(EDITABLE_FIELDS), input, reason }),
  setStatus: obj({ recordId, status: oneOf(RECORD_STATUSES), reason }),
  addComment: obj({ recordId, text: str({ min: 1, max: 4000 }) }),
  resolveComment: obj({ recordId, commentId: eventId }),
  addRecord: obj({
    documentId,
    start: int({ min: 0, max: MAX_DOCUMENT_BYTES }),
    end: int({ min: 1, max: MAX_DOCUMENT_BYTES }),
    amount: input,
    item: optional(str({ max: 500 })),
    fy: optional(input),
    stage: oneOf(STAGES),
  }),
  getHistory: obj({ recordId }),
  undo: obj({}),
  redo: obj({}),
  /** Resolves a conflict by choosing one side (typing a third value is a plain setField). */
  resolveConflict: obj({ recordId, field: oneOf(['status', ...EDITABLE_FIELDS] as const), eventId }),
  /**
   * Exchange. A file to merge or open is named by a handle the host gave for a file the user
   * picked (Electron: a dialog in the main process; browser host: an upload), never by a path,
   * so the renderer cannot reach other files on disk.
   */
  pickFile: obj({ purpose: oneOf(['import', 'merge', 'open', 'key'] as const) }),
  /** Imports a document the user picked through the host's dialog (Electron). */
  importPicked: obj({ handle }),
  /**
   * Several documents, or a folder's (`folder`): Electron shows its dialog and answers the
   * picked files' handles; the browser host answers null (the page uploads them instead).
   */
  pickFiles: obj({ folder: bool() }),
  /**
   * Imports many picked files in batches, as the `importing` task (progress by getTask; a
   * cancelTask stops it between documents, keeping the documents read so far, each whole).
   * Refused files are listed with their reasons; they do not stop the rest.
   */
  importFiles: obj({ handles: arr(handle, { max: 10_000 }) }),
  /** Asks the running task to stop (an import stops between documents); false when none runs. */
  cancelTask: obj({}),
  mergePreview: obj({ handle }),
  mergeApply: obj({ handle }),
  /** saveBack: a copy the host works on, offered under the user's own file name to save over it. */
  exportReviewFile: obj({ saveBack: optional(bool()) }),
  openReviewFile: obj({ handle }),
  /** The databases opened lately, most recent first (kept by the host in the app-data folder). */
  listRecent: obj({}),
  /** Reopens one of them by its place in that list (the host holds the paths, never the page). */
  openRecent: obj({ index: int({ min: 0, max: 7 }) }),
  // Identity, trust and sign-off.
  getIdentity: obj({}),
  exportPublicKey: obj({}),
  listTrusted: obj({}),
  /** A picked key file's name and fingerprint, to compare before trusting it. */
  keyPreview: obj({ handle }),
  trustKey: obj({ handle }),
  untrustKey: obj({ fingerprint: eventId }),
  signoffPreview: obj({ documentId }),
  signDocument: obj({ documentId, note: optional(str({ max: 2000 })) }),
  listSignoffs: obj({ documentId: optional(documentId) }),
  /** `lang` words the XLSX's headers and values (the UI's language; Japanese when absent). */
  exportDataset: obj({ documentId, format: oneOf(['csv', 'json', 'xlsx'] as const), lang: optional(oneOf(['ja', 'en'] as const)) }),
} satisfies Record<string, Schema<unknown>>;

export type ApiMethod = keyof typeof apiArgs;
export type ApiArgs<M extends ApiMethod> = Infer<(typeof apiArgs)[M]>;

export interface RecentFileInfo {
  index: number;
  /** What the user calls it (their file's name). */
  name: string;
  path: string;
  /** Set when the app works on its own copy of the user's file of this name. */
  copyOf: string | null;
}

export interface AppInfo {
  host: 'electron' | 'web' | 'cli';
  version: string;
  dbPath: string;
  /** What the user calls the open database: the file they opened (shown in the title). */
  fileName: string;
  /** Set when the host works on its own copy (at dbPath) of the user's file of this name. */
  copyOf: string | null;
  schemaVersion: number;
  /** The OS locale's language, for the UI's default. */
  osLocale: string;
}

/** A background task (first-start seeding, a large import): polled by the UI for progress. */
export interface TaskStatus {
  running: boolean;
  /** Stable key the UI translates, e.g. 'seeding' or 'importing'. */
  kind: string | null;
  /** Name of the item being worked on, e.g. a file name. */
  detail: string | null;
  done: number;
  total: number;
  error: string | null;
}

export interface ImportResult {
  document: DocumentSummary;
  records: number;
}

/** What an import of many files did: the documents imported, each file refused and why. */
export interface BatchImportResult {
  imported: { id: string; fileName: string; title: string; records: number }[];
  /** `code` and `params` as an ApiError carries them (the UI words them: renderer/logic/errors.ts). */
  refused: { file: string; code: string; message: string; params?: ErrorParams }[];
  /** Stopped by cancelTask: the files not yet read when it came were not imported (nor refused). */
  cancelled: boolean;
}

export interface ApiResults {
  getInfo: AppInfo;
  getTask: TaskStatus;
  listDocuments: DocumentSummary[];
  getDocument: DocumentText;
  getDocumentPdf: { dataBase64: string };
  listRecords: RecordRow[];
  importDocument: ImportResult;
  getProfile: Profile;
  setProfile: Profile;
  getProgress: { reviewed: number; total: number };
  setField: RecordRow;
  setStatus: RecordRow;
  addComment: RecordRow;
  resolveComment: RecordRow;
  addRecord: RecordRow;
  getHistory: HistoryEntry[];
  undo: UndoStep | null;
  redo: UndoStep | null;
  resolveConflict: RecordRow;
  pickFile: PickedFile | null;
  importPicked: ImportResult;
  pickFiles: PickedFile[] | null;
  importFiles: BatchImportResult;
  cancelTask: { cancelling: boolean };
  mergePreview: MergeSummary;
  mergeApply: MergeSummary;
  exportReviewFile: ExportedFile | null;
  openReviewFile: AppInfo;
  listRecent: RecentFileInfo[];
  openRecent: AppInfo;
  getIdentity: IdentityInfo;
  exportPublicKey: ExportedFile | null;
  listTrusted: TrustedKeyInfo[];
  keyPreview: { name: string; fingerprint: string };
  trustKey: TrustedKeyInfo;
  untrustKey: TrustedKeyInfo[];
  signoffPreview: { summary: SignoffSummary; blockers: string[] };
  signDocument: SignoffView;
  listSignoffs: SignoffView[];
  exportDataset: ExportedFile | null;
}

/** A file the user picked, known to the host by an opaque handle. */
export interface PickedFile {
  handle: string;
  name: string;
  bytes: number;
}

/** What a merge brings: counts new to this database, and records left in conflict. */
export interface MergeSummary {
  documents: number;
  events: number;
  records: number;
  conflicts: number;
  signoffs: number;
}

/** Files an export wrote. Electron: the paths written; browser host: one-time download ids (GET /api/download/:id). */
export interface ExportedFile {
  files: { name: string; bytes: number; path?: string; download?: string }[];
}

export interface IdentityInfo {
  name: string | null;
  fingerprint: string;
}

export interface TrustedKeyInfo {
  fingerprint: string;
  name: string;
  addedAt: string;
}

/** The reviewer on this machine; every event carries the name. Null until first given. */
export interface Profile {
  name: string | null;
}

/** What an undo or redo did: the record as it is now, and the step it took back or again. */
export interface UndoStep {
  record: RecordRow;
  entry: HistoryEntry;
}

/** What the renderer and tests hold: every method, async, with typed arguments and results. */
export type ApiClient = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]> };

/** The store-side implementation (may answer synchronously). */
export type ApiHandlers = { [M in ApiMethod]: (args: ApiArgs<M>) => ApiResults[M] | Promise<ApiResults[M]> };

export const API_METHODS = Object.keys(apiArgs) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiArgs, name);
}

/** Errors a user should read. `code` is stable for the UI's translations and for tests. */
export class ApiError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    /** What the UI words the message with in its own language (e.g. the user's file name). */
    public readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ErrorParams = Record<string, string | number>;

export interface WireError {
  code: string;
  message: string;
  params?: ErrorParams;
}

/** Validates a call from outside (IPC, HTTP) and dispatches it. Unknown errors are not leaked. */
export async function dispatch(handlers: ApiHandlers, method: unknown, args: unknown): Promise<unknown> {
  if (!isApiMethod(method)) throw new ApiError('bad_method', `unknown API method: ${String(method)}`);
  const parsed = apiArgs[method].parse(args ?? {}, method) as never;
  return (handlers[method] as (a: never) => unknown)(parsed);
}

export function toWireError(e: unknown): WireError {
  if (e instanceof ApiError) return e.params ? { code: e.code, message: e.message, params: e.params } : { code: e.code, message: e.message };
  if (e instanceof Error && e.name === 'ValidationError') return { code: 'bad_argument', message: e.message };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}
