import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const note = 'test/fixtures/pdf/budget-note.pdf';

describe('yosan with PDFs', () => {
  it('extract prints page and box for a PDF, null for a text document', () => {
    const r = yosan(['extract', '--format', 'jsonl', note, 'seeds/002_486e34976f171ce8.txt']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const recs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const fromPdf = recs.filter((x) => x.file === note);
    const fig = fromPdf.find((x) => x.text === '64億円');
    expect(fig).toMatchObject({ page: 2, yen: 6_400_000_000 });
    expect(fig.box).toHaveLength(4);
    expect(fig.box[0]).toBeLessThan(fig.box[2]);
    expect(fromPdf.find((x) => x.text === '325億円')).toMatchObject({ page: 1 });
    expect(recs.filter((x) => x.file !== note).every((x) => x.page === null && x.box === null)).toBe(true);
  });

  it('import takes a PDF; a bad one fails the whole command in one line and creates nothing', () => {
    const db = path.join(dir, 'w.yosan');
    const bad = yosan(['import', '--db', db, note, 'test/fixtures/pdf/scanned.pdf']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/scanned\.pdf: no text on these pages \(1\).*run OCR first/);
    expect(fs.existsSync(db)).toBe(false);
    const ok = yosan(['import', '--db', db, note], { YOSAN_HOME: dir });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/imported .*budget-note\.pdf: \d+ records/);
    const recs = yosan(['records', '--db', db, '--format', 'jsonl'], { YOSAN_HOME: dir });
    expect(recs.stdout.trim().split('\n').length).toBeGreaterThan(3);
  });
});
