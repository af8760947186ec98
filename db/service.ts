// The store table: every store method of the API contract over one open database, and the
// path-taking methods hosts call after resolving a user's file choice (never exposed to the
// renderer: they have no schema in shared/api). Served in the store's worker under both window
// hosts (electron/db-worker.ts), called directly by the CLI and tests. Arguments arrive
// validated (at the IPC / HTTP / command-line edge); none is checked again here.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError, MAX_DOCUMENT_BYTES, toWireError, type ApiHandlers, type AppInfo, type BatchImportResult, type DocumentCounts, type ImportResult, type MergeSummary, type StoreApiMethod, type TaskStatus, type TrustedKeyInfo } from '../shared/api';
import { importBatch } from './import-batch';
import { parseFieldInput, type EditableField } from '../shared/review';
import { documentIds, documentPdf, documentSummary, getDocument, importDocument, importSource, listDocuments, placedRecords, readDocumentFile } from './documents';
import { SCHEMA_VERSION } from './migrations';
import { addCandidate, dismissCandidate, listCandidates, openCandidateCounts, warmCandidateCounts } from './candidates';
import { acceptCheck, failedCheckCounts, listChecks, warmFailedCheckCounts } from './checks';
import { recordsOfDocument, reviewProgress } from './projection';
import * as review from './review';
import { exportReviewFile } from './export-file';
import { applyPreparedMerge, mergeFile, prepareMerge, type PreparedMerge } from './merge';
import { readRegular } from './regular-file';
import { LIMITS } from '../shared/limits';
import fs from 'node:fs';
import { exportDataset, type DatasetFormat } from './dataset-export';
import type { Locale } from '../shared/labels';
import { listSignoffs, signDocument, signoffPreview, type Signer, type TrustList } from './signoff';
import { recordsByIds } from './changes';

/**
 * Path-taking methods: a host calls them with a path it resolved itself (a dialog's choice, an
 * upload, a save location); `name` is what the user calls the file, for refusals.
 */
export interface PathMethods {
  importPath(a: { path: string; name: string }): Promise<ImportResult>;
  mergePath(a: { path: string; name: string; dryRun: boolean }): MergeSummary;
  exportReviewTo(a: { path: string }): { path: string; bytes: number };
  writePublicKey(a: { path: string }): { path: string };
  trustKeyFile(a: { path: string; name: string }): TrustedKeyInfo;
  /** Several files (a folder or a multiple choice) in batches, as the `importing` task. */
  importPaths(a: { files: { path: string; name: string }[] }): Promise<BatchImportResult>;
  exportDatasetTo(a: { documentId: string; format: DatasetFormat; lang: Locale; path: string }): Promise<{ path: string; manifest: string; records: number }>;
}

/** The store table: the API's store methods and the path-taking ones. */
export type StoreHandlers = ApiHandlers<StoreApiMethod> & PathMethods;
export type StoreMethod = keyof StoreHandlers;
type Fn<M extends StoreMethod> = StoreHandlers[M] extends (a: infer A) => infer R ? { args: A; result: Awaited<R> } : never;
export type StoreArgs<M extends StoreMethod> = Fn<M>['args'];
export type StoreResult<M extends StoreMethod> = Fn<M>['result'];

export interface ServiceOptions {
  host: AppInfo['host'];
  version: string;
  dbPath: string;
  /** What the user calls the open database (their file's name). */
  fileName?: string;
  /** When the app works on its own copy of the user's file (it could not write that file). */
  copyOf?: string | null;
  osLocale: string;
  /** The reviewer's name, kept outside the database (in the user's app-data folder). */
  profile: ProfileStore;
  identity?: IdentityStore;
  /**
   * The document list gives only the review counts already worked out; the host counts the rest
   * in the background (reviewCounts) and pushes them, so a year of documents lists at once.
   */
  countsInBackground?: boolean;
}

/** The user's key pair and trust list (kept in the app-data folder by the host). */
export interface IdentityStore extends TrustList {
  signer(): Signer;
  info(): { fingerprint: string };
  trusted(): { fingerprint: string; name: string; addedAt: string }[];
  trust(fileText: string): { fingerprint: string; name: string; addedAt: string };
  untrust(fingerprint: string): void;
  publicKeyFile(): object;
}

export interface ProfileStore {
  get(): string | null;
  set(name: string): void;
}

/** A profile held in memory: for the CLI's --as and for tests. */
export const fixedProfile = (name: string | null): ProfileStore => {
  let n = name;
  return { get: () => n, set: (v) => void (n = v) };
};

function parsed<T>(field: EditableField, input: string): T {
  const r = parseFieldInput(field, input);
  if (!r.ok) throw new ApiError('bad_value', `${field}: ${r.error}`);
  return r.value as T;
}

export interface SeedFile {
  name: string;
  read: () => Uint8Array;
}

const IDLE: TaskStatus = { running: false, kind: null, detail: null, done: 0, total: 0, error: null };

export class Workbench {
  private task: TaskStatus = IDLE;

  constructor(
    readonly db: Database.Database,
    private readonly opts: ServiceOptions,
  ) {}

  readonly handlers: StoreHandlers = {
    getInfo: () => ({
      host: this.opts.host,
      version: this.opts.version,
      dbPath: this.opts.dbPath,
      fileName: this.opts.fileName ?? path.basename(this.opts.dbPath),
      copyOf: this.opts.copyOf ?? null,
      schemaVersion: SCHEMA_VERSION,
      osLocale: this.opts.osLocale,
    }),
    listDocuments: () => {
      const docs = listDocuments(this.db);
      const keptOnly = this.opts.countsInBackground === true;
      const failed = failedCheckCounts(this.db, keptOnly);
      const open = openCandidateCounts(this.db, docs.map((d) => d.id), keptOnly);
      // a count not worked out yet is left out (the store's worker counts in the background and pushes it)
      return docs.map((d) => ({ ...d, ...(open.has(d.id) ? { openCandidates: open.get(d.id)! } : {}), ...(failed.has(d.id) ? { failedChecks: failed.get(d.id)! } : {}) }));
    },
    getDocument: ({ id }) => getDocument(this.db, id),
    getDocumentPdf: ({ id }) => ({ dataBase64: documentPdf(this.db, id).toString('base64') }),
    listRecords: ({ documentId, ids }) => {
      documentSummary(this.db, documentId); // a clear not_found rather than an empty list
      return placedRecords(this.db, documentId, ids ? recordsByIds(this.db, documentId, ids) : recordsOfDocument(this.db, documentId));
    },
    importDocument: async ({ fileName, dataBase64 }) => {
      if (this.task.running) throw new ApiError('busy', 'another import is running; try again when it finishes');
      const source = await readDocumentFile(fileName, Buffer.from(dataBase64, 'base64'));
      return importSource(this.db, source, this.importer());
    },
    getProfile: () => ({ name: this.opts.profile.get() }),
    setProfile: ({ name }) => {
      const n = name.trim().replace(/\s+/g, ' ');
      if (!n || n === 'extractor') throw new ApiError('bad_value', 'choose another name');
      this.opts.profile.set(n);
      return { name: n };
    },
    getProgress: () => reviewProgress(this.db),
    setField: ({ recordId, field, input, reason }) =>
      review.setField(this.db, this.actor(), recordId, field, parsed(field, input), { reason }),
    setStatus: ({ recordId, status, reason }) => review.setStatus(this.db, this.actor(), recordId, status, reason),
    addComment: ({ recordId, text }) => review.addComment(this.db, this.actor(), recordId, text),
    resolveComment: ({ recordId, commentId }) => review.resolveComment(this.db, this.actor(), recordId, commentId),
    addRecord: ({ documentId, start, end, amount, item, fy, stage }) =>
      review.addRecord(this.db, this.actor(), documentId, start, end, {
        yen: parsed('yen', amount),
        item: item?.trim() || null,
        fy: fy === undefined ? null : parsed('fy', fy),
        stage,
      }),
    getHistory: ({ recordId }) => review.history(this.db, recordId),
    undo: () => review.undo(this.db, this.actor()),
    redo: () => review.redo(this.db, this.actor()),
    resolveConflict: ({ recordId, field, eventId }) => review.resolveConflict(this.db, this.actor(), recordId, field, eventId),
    listCandidates: ({ documentId }) => listCandidates(this.db, documentId),
    addCandidate: ({ candidateId }) => addCandidate(this.db, this.actor(), candidateId),
    dismissCandidate: ({ candidateId, reason }) => dismissCandidate(this.db, this.actor(), candidateId, reason),
    listChecks: ({ documentId }) => listChecks(this.db, documentId),
    acceptCheck: ({ recordId, kind, reason }) => acceptCheck(this.db, this.actor(), recordId, kind, reason),
    cancelTask: () => {
      // only an import stops part-way (between documents); a merge runs to its end or not at all
      if (this.task.running && this.task.kind === 'importing') this.cancelRequested = true;
      return { cancelling: this.cancelRequested };
    },
    getIdentity: () => ({ name: this.opts.profile.get(), fingerprint: this.identity().info().fingerprint }),
    listTrusted: () => this.identity().trusted(),
    untrustKey: ({ fingerprint }) => {
      this.identity().untrust(fingerprint);
      return this.identity().trusted();
    },
    signoffPreview: ({ documentId }) => signoffPreview(this.db, documentId),
    signDocument: ({ documentId, note }) => signDocument(this.db, documentId, this.identity().signer(), note ?? null),
    listSignoffs: ({ documentId }) => listSignoffs(this.db, this.identity(), documentId),

    // Path-taking methods (hosts only).
    importPath: async ({ path: file, name }) => {
      if (this.task.running) throw new ApiError('busy', 'another import is running; try again when it finishes');
      const source = await readDocumentFile(name, readRegular(file, name, MAX_DOCUMENT_BYTES));
      return importSource(this.db, source, this.importer());
    },
    mergePath: ({ path: file, name, dryRun }) => this.mergeFile(file, { dryRun, name }),
    exportReviewTo: ({ path: file }) => exportReviewFile(this.db, file),
    writePublicKey: ({ path: file }) => {
      fs.writeFileSync(file, JSON.stringify(this.identity().publicKeyFile(), null, 2) + '\n');
      return { path: file };
    },
    trustKeyFile: ({ path: file, name }) => this.identity().trust(readRegular(file, name, LIMITS.keyFileBytes, true).toString('utf8')),
    exportDatasetTo: ({ documentId, format, lang, path: file }) => exportDataset(this.db, documentId, format, file, this.identity(), lang),
    importPaths: ({ files }) => this.importFiles(files),
  };

  /**
   * Works out the review counts (open candidates, failed checks) not yet kept, for about
   * `budgetMs`; returns whether all are kept now, and the counts that differ from `before`.
   */
  reviewCounts(budgetMs: number, before: Map<string, string>): { done: boolean; changed: DocumentCounts[] } {
    const deadline = performance.now() + budgetMs;
    const ids = documentIds(this.db);
    const done = warmCandidateCounts(this.db, ids, deadline) && warmFailedCheckCounts(this.db, deadline);
    if (!done) return { done, changed: [] };
    const open = openCandidateCounts(this.db, ids, true);
    const failed = failedCheckCounts(this.db, true);
    const changed: DocumentCounts[] = [];
    for (const id of ids) {
      const c = { id, openCandidates: open.get(id) ?? 0, failedChecks: failed.get(id) ?? 0 };
      const key = `${c.openCandidates}:${c.failedChecks}`;
      if (before.get(id) !== key) changed.push(c);
      before.set(id, key);
    }
    return { done, changed };
  }

  /** The background task now (seeding, a merge). */
  taskStatus(): TaskStatus {
    return { ...this.task };
  }

  identity(): IdentityStore {
    if (!this.opts.identity) throw new ApiError('unsupported', 'no identity on this host');
    return this.opts.identity;
  }

  /** Called whenever the task changes, also inside long synchronous work: the worker pushes it. */
  onTask: (() => void) | null = null;

  private setTask(t: TaskStatus): void {
    this.task = t;
    this.onTask?.();
  }

  private cancelRequested = false;

  /**
   * Imports files the host resolved to paths (several picked files, a folder's), in batches
   * (db/import-batch.ts), as the `importing` task; cancelTask stops it between documents.
   */
  async importFiles(files: { path: string; name: string }[]): Promise<BatchImportResult> {
    if (this.task.running) throw new ApiError('busy', 'another task is running; try again when it finishes');
    this.cancelRequested = false;
    this.setTask({ running: true, kind: 'importing', detail: files[0]?.name ?? null, done: 0, total: files.length, error: null });
    try {
      return await importBatch(
        this.db,
        files.map((f) => ({ name: f.name, read: () => readRegular(f.path, f.name, MAX_DOCUMENT_BYTES) })),
        {
          importedBy: this.importer(),
          cancelled: () => this.cancelRequested,
          progress: (done, total, next) =>
            this.setTask({ running: true, kind: 'importing', detail: next, done, total, error: null }),
        },
      );
    } finally {
      this.cancelRequested = false;
      this.setTask(IDLE);
    }
  }

  /** The last preview's checked file, which its confirm merges (one at a time). */
  private prepared: PreparedMerge | null = null;

  /**
   * Merges (or previews) a review file the host has resolved to a path. A preview checks the
   * file and keeps it prepared; the confirm of that file merges the prepared copy once the file
   * is found unchanged (else it is refused), so the file is checked once.
   */
  mergeFile(file: string, opts: { dryRun: boolean; name: string }): MergeSummary {
    if (this.task.running) throw new ApiError('busy', 'another task is running; try again when it finishes');
    const kind = opts.dryRun ? 'merge-preview' : 'merging';
    this.setTask({ running: true, kind, detail: opts.name, done: 0, total: 0, error: null });
    const prepared = this.prepared;
    this.prepared = null;
    const merge = {
      name: opts.name,
      progress: (phase: 'checking' | 'projecting', done: number, total: number) =>
        this.setTask({ running: true, kind: `${kind}:${phase}`, detail: opts.name, done, total, error: null }),
    };
    try {
      if (opts.dryRun) {
        prepared?.dispose();
        this.prepared = prepareMerge(this.db, file, merge);
        return this.prepared.summary;
      }
      if (prepared?.file === file) return applyPreparedMerge(this.db, prepared, merge);
      prepared?.dispose();
      return mergeFile(this.db, file, merge);
    } finally {
      if (!opts.dryRun) prepared?.dispose();
      this.setTask(IDLE);
    }
  }

  /** Lets go of a prepared merge (the dialog closed, or the store closes). */
  dropPreparedMerge(): void {
    this.prepared?.dispose();
    this.prepared = null;
  }

  /** The reviewer every event is written under; review needs a name first. */
  actor(): string {
    const name = this.opts.profile.get();
    if (!name) throw new ApiError('no_profile', 'give the name you review under first');
    return name;
  }

  private importer(): string {
    return this.opts.profile.get() ?? 'local';
  }

  /** True while the database holds no document and was never seeded. */
  needsSeeding(): boolean {
    const seeded = this.db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get();
    const docs = this.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
    return !seeded && docs.n === 0;
  }

  /**
   * Imports the sample documents one by one, yielding between them so the host keeps
   * answering; progress is pushed after each (onTask). Each document is its own transaction.
   */
  async seed(files: SeedFile[]): Promise<void> {
    this.setTask({ running: true, kind: 'seeding', detail: null, done: 0, total: files.length, error: null });
    try {
      for (const f of files) {
        this.setTask({ ...this.task, detail: f.name });
        await new Promise((r) => setImmediate(r));
        try {
          importDocument(this.db, f.name, f.read(), this.importer());
        } catch (e) {
          if (!(e instanceof ApiError && e.code === 'duplicate')) throw e;
        }
        this.setTask({ ...this.task, done: this.task.done + 1 });
      }
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded_at', ?)").run(new Date().toISOString());
      this.setTask({ ...IDLE, kind: 'seeding', done: files.length, total: files.length });
    } catch (e) {
      this.setTask({ ...this.task, running: false, error: toWireError(e) });
      throw e;
    }
  }
}
