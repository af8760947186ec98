// Keyboard shortcuts as data: a binding names an action; the App dispatches actions to the
// stores. Later issues add review actions (approve, reject, …) by extending `Action` and
// `defaultKeymap`; nothing else has to change.

export type Action = 'nextRecord' | 'prevRecord' | 'firstRecord' | 'lastRecord';

/** Where the keyboard focus is when the key is pressed. */
export interface KeyContext {
  /** An <input>, <textarea>, <select> or contenteditable element has the focus. */
  inEditable: boolean;
  /** The focus is inside the records grid, which handles its own arrow keys. */
  inGrid: boolean;
}

export interface KeyBinding {
  key: string; // KeyboardEvent.key; single letters are matched case-insensitively
  ctrl?: boolean;
  alt?: boolean;
  shift?: boolean;
  meta?: boolean;
  action: Action;
  /** 'everywhere' (default): except in editable fields; 'outsideGrid': also not in the grid. */
  scope?: 'everywhere' | 'outsideGrid';
}

export interface KeyEventLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  metaKey?: boolean;
}

export const defaultKeymap: readonly KeyBinding[] = [
  // In the grid AG Grid moves the focused row itself and the selection follows it.
  { key: 'ArrowDown', action: 'nextRecord', scope: 'outsideGrid' },
  { key: 'ArrowUp', action: 'prevRecord', scope: 'outsideGrid' },
  { key: 'j', action: 'nextRecord' },
  { key: 'k', action: 'prevRecord' },
  { key: 'Home', ctrl: true, action: 'firstRecord', scope: 'outsideGrid' },
  { key: 'End', ctrl: true, action: 'lastRecord', scope: 'outsideGrid' },
];

function sameKey(a: string, b: string): boolean {
  return a.length === 1 && b.length === 1 ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The action bound to this key press in this context, or null. */
export function resolveKey(keymap: readonly KeyBinding[], e: KeyEventLike, ctx: KeyContext): Action | null {
  if (ctx.inEditable) return null;
  for (const b of keymap) {
    if (!sameKey(b.key, e.key)) continue;
    if (!!b.ctrl !== !!e.ctrlKey || !!b.alt !== !!e.altKey || !!b.meta !== !!e.metaKey) continue;
    // Shift matters only for bindings that ask for it or for non-letter keys.
    if (b.shift !== undefined ? !!b.shift !== !!e.shiftKey : b.key.length !== 1 && !!e.shiftKey) continue;
    if (b.scope === 'outsideGrid' && ctx.inGrid) continue;
    return b.action;
  }
  return null;
}

/** The id `delta` steps from `current` in `order`, clamped to the ends; the first id when
 * nothing (or an unknown id) is selected; null for an empty list. */
export function stepSelection(order: readonly string[], current: string | null, delta: number): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  if (i === -1) return delta < 0 ? order[order.length - 1] : order[0];
  return order[Math.max(0, Math.min(order.length - 1, i + delta))];
}
