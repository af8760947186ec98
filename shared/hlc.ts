// Hybrid logical clock: `<ISO ms>-<4 hex counter>-<16 hex node>`. Strings sort in causal
// order: an event written after seeing another always gets a larger clock, even when the
// machine's wall clock is behind (the idea Actual Budget uses; we keep conflicts visible).

export interface ClockState {
  ms: number;
  counter: number;
  node: string; // 16 hex
}

const RE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

export function formatHlc(c: ClockState): string {
  return `${new Date(c.ms).toISOString()}-${c.counter.toString(16).padStart(4, '0')}-${c.node}`;
}

export function parseHlc(s: string): ClockState | null {
  const m = RE.exec(s);
  const ms = m ? Date.parse(m[1]) : NaN;
  if (!m || Number.isNaN(ms)) return null;
  return { ms, counter: parseInt(m[2], 16), node: m[3] };
}

/**
 * The next clock for a local event, given the latest clock this database has seen. A latest
 * clock further ahead than `maxAheadMs` (files from elsewhere with such clocks are refused, so
 * only a database damaged by an earlier version holds one) is not followed: the local clock
 * never runs past now plus that skew, so it can never be pushed out of its format's range.
 */
export function nextHlc(latest: string | null, nowMs: number, node: string, maxAheadMs = Infinity): string {
  let prev = latest ? parseHlc(latest) : null;
  if (prev && prev.ms > nowMs + maxAheadMs) prev = { ms: nowMs + maxAheadMs, counter: 0, node };
  if (!prev || nowMs > prev.ms) return formatHlc({ ms: nowMs, counter: 0, node });
  if (prev.counter >= 0xffff) return formatHlc({ ms: prev.ms + 1, counter: 0, node });
  return formatHlc({ ms: prev.ms, counter: prev.counter + 1, node });
}
