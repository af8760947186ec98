// What each event type's value must look like: the schema every event is checked against,
// whether the store writes it or a file from elsewhere brings it. Pure: no I/O.
import { LIMITS } from './limits';
import { STAGES, type Extracted } from './extract/types';
import { isAcceptField, isEditableField, isRecordStatus, RECORD_ID, validAcceptValue, validFieldValue } from './review';
import { arr, int, nullable, num, obj, oneOf, optional, str, ValidationError, type Schema } from './validate';

const HEX64 = /^[0-9a-f]{64}$/;
const eventRef = str({ min: 64, max: 64, pattern: HEX64 });
const offset = int({ min: 0, max: LIMITS.documentChars });
const yen = int({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

/** A field value checked by the same function the API's writes use. */
const fieldValue = (field: Parameters<typeof validFieldValue>[0]): Schema<unknown> => ({
  parse(v, path = '') {
    if (!validFieldValue(field, v)) throw new ValidationError(`${path}: not a valid ${field}`);
    return v;
  },
});

const figure = nullable(obj({ text: str({ max: 200 }), yen, start: offset, end: offset }));

/** A record's extracted (or reviewer-added) content. */
export const extractedValue: Schema<Extracted> = obj({
  line: int({ min: 1, max: LIMITS.documentChars }),
  start: offset,
  end: offset,
  text: str({ min: 1, max: 200 }),
  yen: fieldValue('yen'),
  unit: str({ max: 20 }),
  item: fieldValue('item'),
  section: arr(str({ max: 500 }), { max: 16 }),
  fy: fieldValue('fy'),
  stage: oneOf(STAGES),
  flags: fieldValue('flags'),
  previous: figure,
  supplementary: figure,
  change: figure,
  confidence: num({ min: 0, max: 1 }),
  warnings: arr(obj({ code: str({ min: 1, max: 64 }), message: str({ max: 500 }) }), { max: 32 }),
  /** The parent the hierarchy proposal gave (a record of the same document), absent in older files. */
  parent: optional(nullable(str({ min: 24, max: 24, pattern: RECORD_ID }))),
}) as Schema<Extracted>;

const acceptValue: Schema<unknown> = {
  parse(v, path = '') {
    if (!validAcceptValue(v)) throw new ValidationError(`${path}: not a valid accepted check`);
    return v;
  },
};

const setValue = (field: string) =>
  obj({
    to: field === 'status' ? oneOf(['pending', 'approved', 'rejected'] as const) : isAcceptField(field) ? acceptValue : fieldValue(field as never),
    reason: optional(str({ max: LIMITS.reasonChars })),
    hash: optional(eventRef),
    undoOf: optional(eventRef),
    redoOf: optional(eventRef),
  });

/** A decision on a candidate (a figure nobody reviewed): the candidate's span and figure, and open or dismissed with why. */
export const candidateValue = obj({
  start: offset,
  end: offset,
  text: str({ min: 1, max: 200 }),
  yen,
  to: oneOf(['open', 'dismissed'] as const),
  reason: optional(str({ min: 1, max: LIMITS.reasonChars })),
  undoOf: optional(eventRef),
  redoOf: optional(eventRef),
});

const commentValue = obj({ text: str({ min: 1, max: LIMITS.commentChars }) });
const resolvedValue = obj({ commentId: eventRef });

/** Why a value does not fit its event type, or null. `field` is the event's field column. */
export function eventValueProblem(type: string, field: string | null, value: unknown): string | null {
  try {
    switch (type) {
      case 'record.extracted':
      case 'record.added':
        if (field !== null) return 'a record creation with a field';
        extractedValue.parse(value, 'value');
        return null;
      case 'field.set': {
        if (field !== 'status' && !(field && (isEditableField(field) || isAcceptField(field)))) return `unknown field ${String(field)}`;
        const v = setValue(field).parse(value, 'value');
        if (field === 'status' && !isRecordStatus(v.to)) return 'unknown status';
        if ((v.to === 'approved' && field === 'status') !== (v.hash !== undefined)) return 'an approval without the hash of what it approved';
        return null;
      }
      case 'candidate.set': {
        if (field !== null) return 'a candidate decision with a field';
        const v = candidateValue.parse(value, 'value');
        if (v.end <= v.start) return 'a candidate with an empty span';
        if ((v.to === 'dismissed') !== (v.reason !== undefined)) return 'a dismissal needs a reason (and only a dismissal has one)';
        return null;
      }
      case 'comment.added':
        if (field !== null) return 'a comment with a field';
        commentValue.parse(value, 'value');
        return null;
      case 'comment.resolved':
        if (field !== null) return 'a resolution with a field';
        resolvedValue.parse(value, 'value');
        return null;
      default:
        return `unknown event type ${type}`;
    }
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
}

/** How deeply a JSON text nests (arrays and objects), read without parsing it: a bound before JSON.parse. */
export function jsonDepth(text: string): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}
