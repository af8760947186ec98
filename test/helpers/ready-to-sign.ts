// What sign-off asks of a document first (issue 12): every figure nobody reviewed decided, every
// failed check fixed or accepted. Tests that sign seed documents do both, as a reviewer would.
import type Database from 'better-sqlite3';
import { dismissCandidate, listCandidates } from '../../db/candidates';
import { acceptCheck, listChecks } from '../../db/checks';

export function readyToSign(db: Database.Database, actor: string, documentId: string): void {
  for (const c of listCandidates(db, documentId)) if (c.status === 'open') dismissCandidate(db, actor, c.id, 'duplicate');
  for (const c of listChecks(db, documentId)) if (c.status === 'fail') acceptCheck(db, actor, c.record, c.kind, '項目名の読み違い');
}
