// Grid column preferences: defaults, what can be hidden, stored choices read back safely, and
// amount widths that fit the widest value.
import { describe, expect, it } from 'vitest';
import { amountColumnWidth, DEFAULT_HIDDEN, parseColumnPrefs, textWidth, toggleColumn, withWidth } from '../../renderer/logic/grid-columns';

describe('grid column preferences', () => {
  it('defaults when nothing or garbage is stored', () => {
    expect(parseColumnPrefs(null)).toEqual({ hidden: [...DEFAULT_HIDDEN], widths: {} });
    expect(parseColumnPrefs('{not json')).toEqual({ hidden: [...DEFAULT_HIDDEN], widths: {} });
  });
  it('reads back a choice and a width; drops unknown columns, absurd widths and a hidden amount', () => {
    const p = withWidth(toggleColumn(parseColumnPrefs(null), 'confidence'), 'item', 300.4);
    const back = parseColumnPrefs(JSON.stringify(p));
    expect(back.hidden).not.toContain('confidence');
    expect(back.widths.item).toBe(300);
    expect(parseColumnPrefs(JSON.stringify({ hidden: ['yen', 'nope', 'flags'], widths: { item: 5, fy: 90, bad: 100 } }))).toEqual({ hidden: ['flags'], widths: { fy: 90 } });
  });
  it('status and amount cannot be hidden', () => {
    const p = parseColumnPrefs(null);
    expect(toggleColumn(p, 'yen')).toBe(p);
    expect(toggleColumn(p, 'status')).toBe(p);
  });
  it('an amount column is as wide as its widest value', () => {
    expect(textWidth('104兆8,000億円')).toBeGreaterThan(textWidth('69億円'));
    expect(amountColumnWidth(['69億円', '104兆8,000億円'])).toBe(Math.ceil(textWidth('104兆8,000億円') + 22));
    expect(amountColumnWidth([], 84)).toBe(84);
  });
});
