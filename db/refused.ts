// The one error a file from elsewhere is refused with: its message names the file and the reason;
// its parameters carry the reason as a code (and its figures) for the UI to word in its language.
import { ApiError, type ErrorParams } from '../shared/api';

/** Why a file was refused, as the UI words it (renderer/logic/errors.ts: refusalWordings). */
export type RefusalReason =
  | 'missing' | 'unreadable' | 'special_file' | 'too_big' | 'empty' | 'not_sqlite' | 'damaged' | 'other_app'
  | 'newer_schema' | 'older_schema' | 'schema_object' | 'content' | 'forged_document' | 'second_extraction'
  | 'too_many_events' | 'too_many_comments' | 'pdf_orphan' | 'pdf_altered' | 'pdf_map' | 'changed_since_preview';

export class RefusedFile extends ApiError {
  constructor(message: string, reason?: RefusalReason, params: ErrorParams = {}) {
    super('refused_file', message, reason ? { reason, ...params } : undefined);
  }
}
