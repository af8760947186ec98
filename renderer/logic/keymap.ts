// Keyboard shortcuts as data: a binding names an action; useKeymap dispatches actions to the
// stores. Every key → action decision lives here (pure, unit-tested); the grid asks
// `resolveKey` too, so that AG Grid leaves our keys alone (suppressKeyboardEvent).

export const ACTIONS = [
  'nextRecord',
  'prevRecord',
  'firstRecord',
  'lastRecord',
  'nextPending',
  'prevPending',
  'approve',
  'reject',
  'resetPending',
  'edit',
  'comment',
  'history',
  'addFromSelection',
  'undo',
  'redo',
  'focusSearch',
  'focusDocuments',
  'nextDocument',
  'prevDocument',
  'help',
  'fileMenu',
  'signoff',
  'settings',
  'chooseSide1',
  'chooseSide2',
  'nextCandidate',
  'prevCandidate',
  'dismissCandidate',
  'acceptCheck',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Where the keyboard focus is when the key is pressed. */
export interface KeyContext {
  /** An <input>, <textarea>, <select> or contenteditable element has the focus. */
  inEditable: boolean;
  /** The focus is inside the records grid, which handles its own arrow keys. */
  inGrid: boolean;
  /** A button or link has the focus (Enter and Space belong to it). */
  onControl?: boolean;
  /** A modal dialog or overlay is open: it handles its own keys. */
  inModal?: boolean;
}

export interface KeyBinding {
  key: string; // KeyboardEvent.key; single letters are matched case-insensitively
  ctrl?: boolean;
  alt?: boolean;
  /** true/false: Shift must/must not be held. Unset: letters must not be shifted; other keys
   * ignore Shift (so '?' and '[' work on any layout). */
  shift?: boolean;
  meta?: boolean;
  action: Action;
  /** 'everywhere' (default): except in editable fields; 'outsideGrid': also not in the grid. */
  scope?: 'everywhere' | 'outsideGrid';
  /** Not when a button or link has the focus (Enter activates it). */
  notOnControl?: boolean;
}

export interface KeyEventLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  metaKey?: boolean;
}

export const defaultKeymap: readonly KeyBinding[] = [
  // Record steps are ours in the grid too: the store's selection is the one truth and the grid's
  // focused cell follows it (letting the grid move focus and deriving the selection from focus
  // raced with row updates and could send the reviewer back a row).
  { key: 'ArrowDown', action: 'nextRecord' },
  { key: 'ArrowUp', action: 'prevRecord' },
  { key: 'j', action: 'nextRecord' },
  { key: 'k', action: 'prevRecord' },
  { key: 'Home', ctrl: true, action: 'firstRecord' },
  { key: 'End', ctrl: true, action: 'lastRecord' },
  { key: 'n', action: 'nextPending' },
  { key: 'p', action: 'prevPending' },
  { key: 'a', action: 'approve' },
  { key: 'a', shift: true, action: 'addFromSelection' },
  { key: 'r', action: 'reject' },
  { key: '0', action: 'resetPending' },
  { key: 'Enter', action: 'edit', notOnControl: true },
  { key: 'e', action: 'edit' },
  { key: 'c', action: 'comment' },
  { key: 'h', action: 'history' },
  { key: 'z', ctrl: true, shift: false, action: 'undo' },
  { key: 'z', meta: true, shift: false, action: 'undo' },
  { key: 'z', ctrl: true, shift: true, action: 'redo' },
  { key: 'z', meta: true, shift: true, action: 'redo' },
  { key: 'y', ctrl: true, action: 'redo' },
  { key: '/', action: 'focusSearch' },
  { key: 'd', shift: true, action: 'focusDocuments' },
  { key: ']', action: 'nextDocument' },
  { key: '[', action: 'prevDocument' },
  { key: '?', action: 'help' },
  { key: 'f', action: 'fileMenu' },
  { key: 's', shift: true, action: 'signoff' },
  { key: ',', action: 'settings' },
  { key: '1', action: 'chooseSide1' },
  { key: '2', action: 'chooseSide2' },
  { key: 'g', action: 'nextCandidate' },
  { key: 'g', shift: true, action: 'prevCandidate' },
  { key: 'd', action: 'dismissCandidate' },
  { key: 'x', action: 'acceptCheck' },
];

const isLetter = (k: string) => /^[a-z]$/i.test(k);

function sameKey(a: string, b: string): boolean {
  return a.length === 1 && b.length === 1 ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function shiftMatches(b: KeyBinding, e: KeyEventLike): boolean {
  if (b.shift !== undefined) return b.shift === !!e.shiftKey;
  if (b.key.length !== 1) return !e.shiftKey; // Shift+ArrowDown is a different gesture
  return isLetter(b.key) ? !e.shiftKey : true;
}

/** The action bound to this key press in this context, or null. */
export function resolveKey(keymap: readonly KeyBinding[], e: KeyEventLike, ctx: KeyContext): Action | null {
  if (ctx.inEditable || ctx.inModal) return null;
  for (const b of keymap) {
    if (!sameKey(b.key, e.key)) continue;
    if (!!b.ctrl !== !!e.ctrlKey || !!b.alt !== !!e.altKey || !!b.meta !== !!e.metaKey) continue;
    if (!shiftMatches(b, e)) continue;
    if (b.scope === 'outsideGrid' && ctx.inGrid) continue;
    if (b.notOnControl && ctx.onControl) continue;
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

/** A binding as the shortcuts overlay shows it, e.g. "Ctrl+Shift+Z". */
export function bindingLabel(b: KeyBinding): string {
  const names: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Enter: 'Enter', Home: 'Home', End: 'End' };
  const parts: string[] = [];
  if (b.ctrl) parts.push('Ctrl');
  if (b.meta) parts.push('⌘');
  if (b.alt) parts.push('Alt');
  if (b.shift) parts.push('Shift');
  parts.push(names[b.key] ?? (isLetter(b.key) && parts.length ? b.key.toUpperCase() : b.key));
  return parts.join('+');
}

/** Each action with the labels of all its keys, in the keymap's order (for the overlay). */
export function shortcutList(keymap: readonly KeyBinding[]): { action: Action; keys: string[] }[] {
  const out = new Map<Action, string[]>();
  for (const b of keymap) {
    if (b.meta) continue; // the Ctrl variant is listed; ⌘ works the same on a Mac
    const list = out.get(b.action) ?? [];
    list.push(bindingLabel(b));
    out.set(b.action, list);
  }
  return [...out].map(([action, keys]) => ({ action, keys }));
}
