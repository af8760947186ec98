import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { SEEDS, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join('seeds', f));
const KEYS = ['file', 'line', 'start', 'end', 'text', 'yen', 'item', 'fy', 'stage', 'flags', 'previous', 'supplementary', 'change', 'confidence'];

describe('yosan extract', () => {
  it('prints valid JSONL for all five seeds, every field present, offsets exact', () => {
    expect(seeds).toHaveLength(5);
    const r = yosan(['extract', '--format', 'jsonl', ...seeds]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const files = new Set<string>();
    const texts = new Map(seeds.map((f) => [f, fs.readFileSync(f.startsWith('/') ? f : path.join(SEEDS, '..', f), 'utf8')]));
    for (const line of lines) {
      const rec = JSON.parse(line);
      for (const k of KEYS) expect(rec, `${k} in ${line}`).toHaveProperty(k);
      expect(texts.get(rec.file)!.slice(rec.start, rec.end)).toBe(rec.text);
      expect(Number.isSafeInteger(rec.yen)).toBe(true);
      files.add(rec.file);
    }
    expect(files.size).toBe(5);
    expect(lines.length).toBeGreaterThan(300);
  });

  it('is deterministic', () => {
    const a = yosan(['extract', '--format', 'jsonl', seeds[1]]);
    const b = yosan(['extract', '--format', 'jsonl', seeds[1]]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('exits non-zero with one line on stderr for a binary or missing file', () => {
    const bin = path.join(dir, 'picture.png');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = yosan(['extract', '--format', 'jsonl', bin]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/binary file/);
    expect(yosan(['extract', '--format', 'jsonl', path.join(dir, 'nope.txt')]).stderr).toMatch(/cannot read .*ENOENT/);
    expect(yosan(['extract', '--format', 'csv', seeds[0]]).code).toBe(1);
  });
  it('over many files on worker threads prints exactly what one thread prints, file by file in order', () => {
    // each seed twice, a PDF among them: more documents than threads, out-of-order finishes
    const files = [...seeds, 'test/fixtures/pdf/budget-note.pdf', ...[...seeds].reverse()];
    const one = yosan(['extract', '--format', 'jsonl', ...files], { YOSAN_EXTRACT_THREADS: '1' });
    const three = yosan(['extract', '--format', 'jsonl', ...files], { YOSAN_EXTRACT_THREADS: '3' });
    expect(one.code).toBe(0);
    expect(three.stderr).toBe('');
    expect(three.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').filter((l) => l.includes('"page":2')).length).toBeGreaterThan(0);
    // a bad file among many still fails the command before any output, naming it
    const bin = path.join(dir, 'late.png');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const bad = yosan(['extract', '--format', 'jsonl', ...seeds, bin], { YOSAN_EXTRACT_THREADS: '3' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/late\.png: this is a binary file/);
  });
});

describe('yosan import', () => {
  it('creates the database if missing and refuses a duplicate without changing it', () => {
    const db = path.join(dir, 'team.yosan');
    const first = yosan(['import', '--db', db, seeds[0], seeds[4]]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/imported seeds\/000_3f8ad0e81d82774d\.txt: \d+ records/);
    const again = yosan(['import', '--db', db, seeds[2], seeds[4]]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already imported/);
    // The batch is checked before anything is written: seed 2 was not imported either.
    const third = yosan(['import', '--db', db, seeds[2]]);
    expect(third.code).toBe(0);
  });
});
