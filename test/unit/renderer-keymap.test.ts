import { describe, expect, it } from 'vitest';
import { ACTIONS, bindingLabel, defaultKeymap, resolveKey, shortcutList, stepSelection } from '../../renderer/logic/keymap';

const out = { inEditable: false, inGrid: false };
const grid = { inEditable: false, inGrid: true };
const field = { inEditable: true, inGrid: false };
const button = { inEditable: false, inGrid: false, onControl: true };
const modal = { inEditable: false, inGrid: true, inModal: true };

describe('renderer keymap', () => {
  it('moves through records with ↓/↑ and j/k anywhere but fields, the grid included', () => {
    expect(resolveKey(defaultKeymap, { key: 'ArrowDown' }, out)).toBe('nextRecord');
    expect(resolveKey(defaultKeymap, { key: 'ArrowUp' }, out)).toBe('prevRecord');
    expect(resolveKey(defaultKeymap, { key: 'ArrowDown' }, grid)).toBe('nextRecord'); // ours, not AG Grid's
    expect(resolveKey(defaultKeymap, { key: 'ArrowDown' }, field)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'j' }, grid)).toBe('nextRecord');
    expect(resolveKey(defaultKeymap, { key: 'K' }, out)).toBe('prevRecord');
    expect(resolveKey(defaultKeymap, { key: 'j' }, field)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'j', ctrlKey: true }, out)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'ArrowDown', shiftKey: true }, out)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'Home', ctrlKey: true }, out)).toBe('firstRecord');
    expect(resolveKey(defaultKeymap, { key: 'q' }, out)).toBeNull();
  });

  it('maps the review keys, in the grid too', () => {
    for (const ctx of [out, grid]) {
      expect(resolveKey(defaultKeymap, { key: 'a' }, ctx)).toBe('approve');
      expect(resolveKey(defaultKeymap, { key: 'r' }, ctx)).toBe('reject');
      expect(resolveKey(defaultKeymap, { key: '0' }, ctx)).toBe('resetPending');
      expect(resolveKey(defaultKeymap, { key: 'n' }, ctx)).toBe('nextPending');
      expect(resolveKey(defaultKeymap, { key: 'p' }, ctx)).toBe('prevPending');
      expect(resolveKey(defaultKeymap, { key: 'e' }, ctx)).toBe('edit');
      expect(resolveKey(defaultKeymap, { key: 'Enter' }, ctx)).toBe('edit');
      expect(resolveKey(defaultKeymap, { key: 'c' }, ctx)).toBe('comment');
      expect(resolveKey(defaultKeymap, { key: 'h' }, ctx)).toBe('history');
      expect(resolveKey(defaultKeymap, { key: '?', shiftKey: true }, ctx)).toBe('help');
      expect(resolveKey(defaultKeymap, { key: '/' }, ctx)).toBe('focusSearch');
      expect(resolveKey(defaultKeymap, { key: ']' }, ctx)).toBe('nextDocument');
      expect(resolveKey(defaultKeymap, { key: '[' }, ctx)).toBe('prevDocument');
    }
  });

  it('tells Shift+A (add from selection) from a (approve)', () => {
    expect(resolveKey(defaultKeymap, { key: 'A', shiftKey: true }, out)).toBe('addFromSelection');
    expect(resolveKey(defaultKeymap, { key: 'a', shiftKey: false }, out)).toBe('approve');
    // Caps Lock gives 'A' without Shift: still approve.
    expect(resolveKey(defaultKeymap, { key: 'A' }, out)).toBe('approve');
    expect(resolveKey(defaultKeymap, { key: 'R', shiftKey: true }, out)).toBeNull();
  });

  it('undo and redo: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, and ⌘ on a Mac; not inside a text field', () => {
    expect(resolveKey(defaultKeymap, { key: 'z', ctrlKey: true }, grid)).toBe('undo');
    expect(resolveKey(defaultKeymap, { key: 'Z', ctrlKey: true, shiftKey: true }, grid)).toBe('redo');
    expect(resolveKey(defaultKeymap, { key: 'y', ctrlKey: true }, out)).toBe('redo');
    expect(resolveKey(defaultKeymap, { key: 'z', metaKey: true }, out)).toBe('undo');
    expect(resolveKey(defaultKeymap, { key: 'z', metaKey: true, shiftKey: true }, out)).toBe('redo');
    expect(resolveKey(defaultKeymap, { key: 'z', ctrlKey: true }, field)).toBeNull(); // the field's own undo
    expect(resolveKey(defaultKeymap, { key: 'z' }, out)).toBeNull();
  });

  it('leaves Enter to a focused button and every key to an open dialog', () => {
    expect(resolveKey(defaultKeymap, { key: 'Enter' }, button)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'a' }, button)).toBe('approve');
    expect(resolveKey(defaultKeymap, { key: 'a' }, modal)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'Escape' }, out)).toBeNull();
  });

  it('binds every action and lists them for the shortcuts overlay', () => {
    const bound = new Set(defaultKeymap.map((b) => b.action));
    for (const a of ACTIONS) expect(bound.has(a), a).toBe(true);
    const list = shortcutList(defaultKeymap);
    expect(list.map((x) => x.action).sort()).toEqual([...ACTIONS].sort());
    expect(list.find((x) => x.action === 'redo')!.keys).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(list.find((x) => x.action === 'edit')!.keys).toEqual(['Enter', 'e']);
    expect(bindingLabel({ key: 'a', shift: true, action: 'addFromSelection' })).toBe('Shift+A');
    expect(bindingLabel({ key: 'ArrowDown', action: 'nextRecord' })).toBe('↓');
  });

  it('steps the selection within the list', () => {
    const ids = ['a', 'b', 'c'];
    expect(stepSelection(ids, 'a', 1)).toBe('b');
    expect(stepSelection(ids, 'c', 1)).toBe('c');
    expect(stepSelection(ids, 'a', -1)).toBe('a');
    expect(stepSelection(ids, null, 1)).toBe('a');
    expect(stepSelection(ids, null, -1)).toBe('c');
    expect(stepSelection(ids, 'zz', 1)).toBe('a');
    expect(stepSelection([], 'a', 1)).toBeNull();
  });
});
