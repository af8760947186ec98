// Checks, in full, the content of a review file from elsewhere on a read-only connection to
// its private copy: every document re-hashed, every event re-hashed and its value checked
// against its type's schema, clocks bounded, record ids and texts re-derived from the
// documents, references resolved within the file, counts bounded, and the stored record
// projection equal to the one the event log gives. Throws RefusedFile with the first reason.
import type Database from 'better-sqlite3';
import { EXTRACTION_HLC, EXTRACTOR_ACTOR, type EventRow } from '../shared/events';
import { eventValueProblem, jsonDepth } from '../shared/event-values';
import { formatHlc, parseHlc } from '../shared/hlc';
import { LIMITS } from '../shared/limits';
import type { Extracted } from '../shared/extract/types';
import type { CandidateValue } from '../shared/candidates';
import { fromDb, type EventDbRow } from './events';
import { recordId, sha256Hex, storedEventId } from './hash';
import { RefusedFile } from './refused';
import { keptProgress, project, recountProgress } from './projection';

const HEX64 = /^[0-9a-f]{64}$/;
const RECORD_ID = /^r[0-9a-f]{23}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const short = (id: unknown) => `${String(id).slice(0, 12)}…`;

export interface ContentCheckOptions {
  /** Now, in ms: clocks later than now plus the allowed skew are refused. */
  now?: number;
  /** Compare the stored record projection with the log's (false when the copy will be re-projected). */
  checkProjection?: boolean;
}

interface DocInfo {
  text: string;
  lineStarts: number[] | null;
}

export function checkContent(db: Database.Database, name: string, opts: ContentCheckOptions = {}): void {
  const now = opts.now ?? Date.now();
  const latestClock = formatHlc({ ms: now + LIMITS.clockSkewMs, counter: 0xffff, node: 'f'.repeat(16) });
  const latestIso = new Date(now + LIMITS.clockSkewMs).toISOString();
  const refuse = (what: string): never => {
    throw new RefusedFile(`${name}: ${what}`, 'content', { detail: what });
  };

  const docIds = checkDocuments(db, refuse, latestIso);
  checkSignoffs(db, refuse, docIds);

  let doc: { id: string; info: DocInfo } | null = null;
  const docText = (id: string): DocInfo => {
    if (doc?.id !== id) {
      const row = db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as { text: string };
      doc = { id, info: { text: row.text, lineStarts: null } };
    }
    return doc.info;
  };
  const storedRecord = opts.checkProjection === false ? null : db.prepare('SELECT data FROM records WHERE id = ?').pluck();

  // One pass over the events, in record order. A bad event is refused at once; a record found
  // wrong as a whole is refused at the end, so a bad row met later is named rather than the
  // record it made inconsistent.
  let deferred: string | null = null;
  const later = (what: string) => {
    deferred ??= what;
  };
  let group: EventRow[] = [];
  let records = 0;
  const finish = () => {
    if (!group.length) return;
    const candidateOnly = group.every((e) => e.type === 'candidate.set');
    const problem = candidateProblem(group, docText(group[0].documentId)) ?? (candidateOnly ? null : recordProblem(group, docText(group[0].documentId)));
    if (problem) later(problem);
    else if (candidateOnly) {
      if (storedRecord && storedRecord.get(group[0].recordId) !== undefined) later(`record ${group[0].recordId} does not match its event log (altered)`);
    } else if (storedRecord && storedRecord.get(group[0].recordId) !== JSON.stringify(project(group))) {
      later(`record ${group[0].recordId} does not match its event log (altered)`);
    }
    if (!candidateOnly) records++;
    group = [];
  };
  const events = db
    .prepare('SELECT id, hlc, actor, document_id, record_id, type, field, value, parents FROM events ORDER BY document_id, record_id, hlc, id')
    .iterate() as IterableIterator<EventDbRow>;
  for (const e of events) {
    const row = checkEvent(e, docIds, latestClock, refuse);
    if (group.length && (group[0].recordId !== row.recordId || group[0].documentId !== row.documentId)) finish();
    group.push(row);
    if (group.length > LIMITS.eventsPerRecord) refuse(`record ${row.recordId} has more than ${LIMITS.eventsPerRecord} events`);
  }
  finish();
  if (deferred) refuse(deferred);
  if (storedRecord) {
    const stored = (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    if (stored !== records) refuse('its records do not match its event log (altered)');
    // The per-document counts the list and progress read must be the records' own.
    const kept = keptProgress(db);
    const recount = recountProgress(db);
    const same = kept.size === recount.size && [...recount].every(([d, c]) => kept.get(d)?.records === c.records && kept.get(d)?.reviewed === c.reviewed);
    if (!same) refuse('its review counts do not match its records (altered)');
  }
}

function checkDocuments(db: Database.Database, refuse: (w: string) => never, latestIso: string): Set<string> {
  const n = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  if (n > LIMITS.documents) refuse(`holds more than ${LIMITS.documents} documents`);
  const ids = new Set<string>();
  const rows = db
    .prepare('SELECT id, title, file_name, bytes, encoding, length(text) AS chars, imported_at, imported_by FROM documents')
    .iterate() as IterableIterator<{ id: string; title: string; file_name: string; bytes: number; encoding: string; chars: number; imported_at: string; imported_by: string }>;
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  for (const d of rows) {
    const what = `document ${short(d.id)}`;
    if (!HEX64.test(d.id)) refuse(`${what} has a malformed id`);
    if (d.chars > LIMITS.documentChars || d.bytes > LIMITS.documentChars) refuse(`${what} is larger than ${LIMITS.documentChars / 1024 / 1024} MB (the import limit)`);
    if (d.title.length > 500 || d.file_name.length > 255 || d.encoding.length > 32 || !d.imported_by || d.imported_by.length > 200) {
      refuse(`${what} has an over-long or empty title, file name, encoding or importer`);
    }
    if (!ISO.test(d.imported_at) || d.imported_at > latestIso) refuse(`${what} has an import time in the future or malformed`);
    if (sha256Hex(textOf.get(d.id) as string) !== d.id) refuse(`${what} does not match its text (damaged or forged)`);
    ids.add(d.id);
  }
  return ids;
}

function checkSignoffs(db: Database.Database, refuse: (w: string) => never, docIds: Set<string>): void {
  const n = (db.prepare('SELECT count(*) AS n FROM signoffs').get() as { n: number }).n;
  if (n > LIMITS.signoffs) refuse(`holds more than ${LIMITS.signoffs} sign-offs`);
  const rows = db.prepare('SELECT id, document_id, length(payload) AS chars, length(signature) AS sig FROM signoffs').iterate() as IterableIterator<{
    id: string; document_id: string; chars: number; sig: number;
  }>;
  const payloadOf = db.prepare('SELECT payload FROM signoffs WHERE id = ?').pluck();
  for (const s of rows) {
    if (s.chars > LIMITS.signoffPayloadChars || s.sig > 1024) refuse(`sign-off ${short(s.id)} is too large`);
    if (sha256Hex(payloadOf.get(s.id) as string) !== s.id) refuse(`sign-off ${short(s.id)} was altered (damaged or forged)`);
    if (!docIds.has(s.document_id)) refuse(`sign-off ${short(s.id)} refers to a document the file does not hold`);
  }
}

/** One event on its own: form, hash, clock, value. */
function checkEvent(e: EventDbRow, docIds: Set<string>, latestClock: string, refuse: (w: string) => never): EventRow {
  const bad = (problem: string): never => refuse(`event ${short(e.id)} is refused: ${problem}`);
  if (typeof e.id !== 'string' || !HEX64.test(e.id)) bad('malformed id');
  if (storedEventId(e) !== e.id) bad('its id does not match its content (altered or forged)');
  if (!docIds.has(e.document_id)) refuse(`event ${short(e.id)} refers to a document the file does not hold`);
  if (e.record_id === null || !RECORD_ID.test(e.record_id)) bad('bad record id');
  if (typeof e.actor !== 'string' || !e.actor || e.actor.length > LIMITS.actorChars) bad('bad actor');
  const creation = e.type === 'record.extracted';
  if (creation !== (e.hlc === EXTRACTION_HLC) || creation !== (e.actor === EXTRACTOR_ACTOR)) {
    bad('only an extraction carries the extractor’s name and fixed clock');
  }
  if (!creation) {
    const c = parseHlc(e.hlc);
    if (!c || formatHlc(c) !== e.hlc) bad('bad clock');
    if (e.hlc > latestClock) bad(`its clock ${e.hlc.slice(0, 24)} is in the future`);
  }
  for (const [col, text] of [['value', e.value], ['parents', e.parents]] as const) {
    if (text === null) continue;
    if (text.length > LIMITS.valueChars) bad(`its ${col} is larger than ${LIMITS.valueChars / 1024} KB`);
    if (jsonDepth(text) > LIMITS.valueDepth) bad(`its ${col} nests deeper than ${LIMITS.valueDepth} levels`);
  }
  let row: EventRow;
  try {
    row = fromDb(e);
  } catch {
    return bad('unreadable value');
  }
  if (!Array.isArray(row.parents) || row.parents.length > LIMITS.parents || !row.parents.every((p) => typeof p === 'string' && HEX64.test(p))) {
    bad('bad parents');
  }
  const problem = eventValueProblem(e.type, e.field, row.value);
  if (problem) bad(problem);
  return row;
}

/** One record's events together: one creation, its id and text re-derived, references within the record. The problem, or null. */
function recordProblem(events: EventRow[], doc: DocInfo): string | null {
  const id = events[0].recordId!;
  const creations = events.filter((e) => e.type === 'record.extracted' || e.type === 'record.added');
  if (creations.length === 0) return `record ${id} has events but was never created (dangling)`;
  if (creations.length > 1) return `record ${id} is created twice (a second extraction)`;
  const created = creations[0];
  const x = created.value as Extracted;
  if (recordId(created.documentId, x.start, x.end) !== id) return `record ${id} does not derive from its document and span`;
  if (!(x.end > x.start && x.end <= doc.text.length) || doc.text.slice(x.start, x.end) !== x.text) return `record ${id}’s text is not the document’s text at its span`;
  if (lineOf(doc, x.start) !== x.line) return `record ${id}’s line is not its span’s line`;
  for (const f of [x.previous, x.supplementary, x.change]) {
    if (f && !(f.end > f.start && f.end <= doc.text.length && doc.text.slice(f.start, f.end) === f.text)) {
      return `record ${id} has a figure whose text is not the document’s text at its span`;
    }
  }
  const ids = new Set(events.map((e) => e.id));
  const sets = new Set(events.filter((e) => e.type === 'field.set' || e.type === 'candidate.set').map((e) => e.id));
  const comments = new Set(events.filter((e) => e.type === 'comment.added').map((e) => e.id));
  if (comments.size > LIMITS.commentsPerRecord) return `record ${id} has more than ${LIMITS.commentsPerRecord} comments`;
  for (const e of events) {
    if (e.documentId !== created.documentId) return `event ${short(e.id)} names another document than its record`;
    if (!e.parents.every((p) => ids.has(p))) return `event ${short(e.id)} lists a parent the file does not hold (dangling)`;
    const v = e.value as { undoOf?: string; redoOf?: string; commentId?: string } | null;
    if ((v?.undoOf && !sets.has(v.undoOf)) || (v?.redoOf && !sets.has(v.redoOf))) return `event ${short(e.id)} undoes or redoes a change the file does not hold`;
    if (e.type === 'comment.resolved' && !comments.has(v!.commentId!)) return `event ${short(e.id)} resolves a comment the file does not hold`;
  }
  return null;
}

/**
 * A candidate's decisions (on their own, or on the record a candidate became): its id derived
 * from its document and span, its text the document's text there, parents and undone decisions
 * among its own decisions. The problem, or null.
 */
function candidateProblem(events: EventRow[], doc: DocInfo): string | null {
  const decisions = events.filter((e) => e.type === 'candidate.set');
  if (!decisions.length) return null;
  const id = events[0].recordId!;
  const own = new Set(decisions.map((e) => e.id));
  for (const e of decisions) {
    const v = e.value as CandidateValue;
    if (recordId(e.documentId, v.start, v.end) !== id) return `candidate ${id} does not derive from its document and span`;
    if (!(v.end <= doc.text.length) || doc.text.slice(v.start, v.end) !== v.text) return `candidate ${id}’s text is not the document’s text at its span`;
    if (e.documentId !== events[0].documentId) return `event ${short(e.id)} names another document than its candidate`;
    if (!e.parents.every((p) => own.has(p))) return `event ${short(e.id)} lists a parent the file does not hold (dangling)`;
    if ((v.undoOf && !own.has(v.undoOf)) || (v.redoOf && !own.has(v.redoOf))) return `event ${short(e.id)} undoes or redoes a change the file does not hold`;
  }
  return null;
}

function lineOf(doc: DocInfo, offset: number): number {
  if (!doc.lineStarts) {
    const starts = [0];
    for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) starts.push(i + 1);
    doc.lineStarts = starts;
  }
  let lo = 0, hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
