// The one API contract: the schema of every method the renderer may call. A call is validated
// once, at the edge it enters by (Electron IPC in electron/main.ts, HTTP in electron/http-api.ts,
// the CLI's arguments), then served by the host table (HOST_METHODS: dialogs, uploads, handles;
// electron/host-api.ts) or by the store table (everything else: db/service.ts, in the worker).
// Adding a method: its schema here and its result in ApiResults, then its implementation in
// one of the two tables.
import { STAGES } from './extract/types';
import { RECORD_STATUSES, type DocumentSummary, type DocumentText, type HistoryEntry, type RecordRow } from './records';
import { EDITABLE_FIELDS } from './review';
import type { SignoffSummary, SignoffView } from './signoff';
import type { CandidateView } from './candidates';
import type { CheckView } from './record-checks';
import { CHECK_KINDS } from './checks';
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
  /** The background task now (once, on connecting); its progress is pushed (ApiEvent). */
  getTask: obj({}),
  listDocuments: obj({}),
  getDocument: obj({ id: documentId }),
  /** The PDF a document was read from, for the page view. */
  getDocumentPdf: obj({ id: documentId }),
  /** `ids`: only these records (a pushed change), else every record of the document. */
  listRecords: obj({ documentId, ids: optional(arr(recordId, { max: 500 })) }),
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
  // Figures nobody reviewed (candidates) and checks on figures (issue 12).
  listCandidates: obj({ documentId }),
  /** Adds a candidate as a record, pre-filled from the tokenizer's reading. */
  addCandidate: obj({ candidateId: recordId }),
  /** `reason`: page_number, not_yen, duplicate, or the reviewer's own words (other). */
  dismissCandidate: obj({ candidateId: recordId, reason: str({ min: 1, max: 500 }) }),
  listChecks: obj({ documentId: optional(documentId) }),
  acceptCheck: obj({ recordId, kind: oneOf(CHECK_KINDS), reason: str({ min: 1, max: 500 }) }),
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

/**
 * Methods the host serves itself (electron/host-api.ts): they show dialogs, take uploads,
 * resolve a handle to a path and then call the store's path-taking methods. Every other
 * method is the store's (db/service.ts), served in its worker.
 */
export const HOST_METHODS = [
  'getTask',
  'pickFile',
  'importPicked',
  'pickFiles',
  'importFiles',
  'mergePreview',
  'mergeApply',
  'exportReviewFile',
  'openReviewFile',
  'listRecent',
  'openRecent',
  'exportPublicKey',
  'keyPreview',
  'trustKey',
  'exportDataset',
] as const satisfies readonly ApiMethod[];
export type HostMethod = (typeof HOST_METHODS)[number];
/** The methods of the API the store answers (in its worker). */
export type StoreApiMethod = Exclude<ApiMethod, HostMethod>;

export function isHostMethod(m: ApiMethod): m is HostMethod {
  return (HOST_METHODS as readonly string[]).includes(m);
}

/**
 * What the host pushes to the window (Electron: the preload's one subscription channel; the
 * browser host: a Server-Sent Events stream, GET /api/events with the token).
 * - task: a background task's progress, as it runs and when it ends.
 * - changed: records, documents or sign-offs changed (by this window, another client, the CLI
 *   on the same file, a merge or an import): per document, the records whose events arrived,
 *   or null when too many to list. `all`: the database was switched, everything may differ.
 * - menu: a command from Electron's native File menu.
 */
export type ApiEvent =
  | { type: 'task'; task: TaskStatus }
  | { type: 'changed'; documents: ChangedDocument[]; all?: boolean }
  /** Review counts the store worked out in the background (the document list's). */
  | { type: 'counts'; documents: DocumentCounts[] }
  | { type: 'menu'; command: string };

export interface DocumentCounts {
  id: string;
  openCandidates: number;
  failedChecks: number;
}

export interface ChangedDocument {
  id: string;
  /** Records of it that changed, or null when it changed wholesale (an import, a merge). */
  records: string[] | null;
  /** A sign-off of it was added. */
  signoffs?: boolean;
}
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

/** A background task (first-start seeding, a large import, a merge): pushed to the window as it runs. */
export interface TaskStatus {
  running: boolean;
  /** Stable key the UI translates, e.g. 'seeding' or 'importing'. */
  kind: string | null;
  /** Name of the item being worked on, e.g. a file name. */
  detail: string | null;
  done: number;
  total: number;
  /** Why the task stopped, as a code the UI words (a fatal error included). */
  error: WireError | null;
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
  listCandidates: CandidateView[];
  addCandidate: RecordRow;
  dismissCandidate: CandidateView;
  listChecks: CheckView[];
  acceptCheck: RecordRow;
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
  /** Null when the step changed a candidate's decision (then `candidate` is set). */
  record: RecordRow | null;
  candidate?: CandidateView;
  entry: HistoryEntry;
}

/** What the renderer and tests hold: every method, async, with typed arguments and results. */
export type ApiClient = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]> };

/** An implementation of some methods (may answer synchronously). */
export type ApiHandlers<K extends ApiMethod = ApiMethod> = { [M in K]: (args: ApiArgs<M>) => ApiResults[M] | Promise<ApiResults[M]> };

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

/** A call from outside (IPC, HTTP, the command line), validated: the one check at the edge. */
export function validateCall(method: unknown, args: unknown): { method: ApiMethod; args: unknown } {
  if (!isApiMethod(method)) throw new ApiError('bad_method', `unknown API method: ${String(method)}`);
  return { method, args: apiArgs[method].parse(args ?? {}, method) };
}

/** Validates a call and runs it on a table that implements it (the CLI on the store's table). */
export async function dispatch(handlers: Partial<ApiHandlers>, method: unknown, args: unknown): Promise<unknown> {
  const call = validateCall(method, args);
  const fn = handlers[call.method] as ((a: unknown) => unknown) | undefined;
  if (!fn) throw new ApiError('bad_method', `${call.method} is not served here`);
  return fn(call.args);
}

/**
 * An error as it crosses a boundary (worker → host → IPC / HTTP → renderer). The store's own
 * errors that are not ApiErrors (StoreError, SchemaError: a damaged or newer database) keep
 * their code too; only what has none (a bug, a system error) is `internal`.
 */
export function toWireError(e: unknown): WireError {
  if (e instanceof ApiError) return e.params ? { code: e.code, message: e.message, params: e.params } : { code: e.code, message: e.message };
  if (e instanceof Error && e.name === 'ValidationError') return { code: 'bad_argument', message: e.message };
  const code = e instanceof Error ? (e as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && /^[a-z][a-z_]{1,40}$/.test(code)) return { code, message: (e as Error).message };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}
