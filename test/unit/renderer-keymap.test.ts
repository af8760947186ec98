import { describe, expect, it } from 'vitest';
import { defaultKeymap, resolveKey, stepSelection } from '../../renderer/logic/keymap';

const out = { inEditable: false, inGrid: false };
const grid = { inEditable: false, inGrid: true };
const field = { inEditable: true, inGrid: false };

describe('renderer keymap', () => {
  it('moves through records with ↓/↑ outside the grid and j/k anywhere but fields', () => {
    expect(resolveKey(defaultKeymap, { key: 'ArrowDown' }, out)).toBe('nextRecord');
    expect(resolveKey(defaultKeymap, { key: 'ArrowUp' }, out)).toBe('prevRecord');
    expect(resolveKey(defaultKeymap, { key: 'ArrowDown' }, grid)).toBeNull(); // AG Grid's own
    expect(resolveKey(defaultKeymap, { key: 'j' }, grid)).toBe('nextRecord');
    expect(resolveKey(defaultKeymap, { key: 'K' }, out)).toBe('prevRecord');
    expect(resolveKey(defaultKeymap, { key: 'j' }, field)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'j', ctrlKey: true }, out)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'ArrowDown', shiftKey: true }, out)).toBeNull();
    expect(resolveKey(defaultKeymap, { key: 'Home', ctrlKey: true }, out)).toBe('firstRecord');
    expect(resolveKey(defaultKeymap, { key: 'x' }, out)).toBeNull();
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
