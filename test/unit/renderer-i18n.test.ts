import { describe, expect, it } from 'vitest';
import { FLAGS, STAGES } from '../../shared/extract/types';
import { WARNING_CODES, WARNINGS } from '../../shared/extract/warnings';
import { RECORD_STATUSES } from '../../shared/records';
import {
  chooseLocale,
  en,
  flagLabel,
  flagLabels,
  interpolate,
  ja,
  localeFromTag,
  stageLabel,
  stageLabels,
  statusLabel,
  statusLabels,
  taskLabel,
  translate,
  warningLabel,
  warningLabels,
} from '../../renderer/i18n';

const keys = (o: object) => Object.keys(o).sort();

describe('renderer i18n', () => {
  it('ja and en have identical key sets', () => {
    expect(keys(en)).toEqual(keys(ja));
    expect(keys(stageLabels.en)).toEqual(keys(stageLabels.ja));
    expect(keys(flagLabels.en)).toEqual(keys(flagLabels.ja));
    expect(keys(statusLabels.en)).toEqual(keys(statusLabels.ja));
    expect(keys(warningLabels.en)).toEqual(keys(warningLabels.ja));
  });

  it('no message is empty and placeholders match between languages', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys(ja) as (keyof typeof ja)[]) {
      expect(ja[k].length, k).toBeGreaterThan(0);
      expect(en[k].length, k).toBeGreaterThan(0);
      expect(ph(en[k]), k).toEqual(ph(ja[k]));
    }
  });

  it('translates every stage, flag and status of the domain', () => {
    expect(keys(stageLabels.ja)).toEqual([...STAGES].sort());
    expect(keys(flagLabels.ja)).toEqual([...FLAGS].sort());
    expect(keys(statusLabels.ja)).toEqual([...RECORD_STATUSES].sort());
    expect(stageLabel('ja', 'request')).toBe('概算要求');
    expect(stageLabel('en', 'supplementary')).toBe('Supplementary budget');
    expect(flagLabel('ja', 'portion')).toBe('内数');
    expect(flagLabel('en', 'matter_request')).toBe('Amount to be set later');
    expect(statusLabel('ja', 'rejected')).toBe('却下');
    expect(statusLabel('en', 'approved')).toBe('Approved');
    expect(stageLabel('en', 'mystery')).toBe('mystery');
  });

  it('translates every warning code the extractor has, falling back to its English message', () => {
    for (const code of WARNING_CODES) {
      expect(Object.hasOwn(warningLabels.ja, code), code).toBe(true);
    }
    expect(warningLabel('ja', { code: 'ocr_hosei', message: WARNINGS.ocr_hosei })).toContain('補正');
    expect(warningLabel('ja', { code: 'brand_new', message: 'Something new.' })).toBe('Something new.');
    expect(warningLabel('en', { code: 'brand_new', message: 'Something new.' })).toBe('Something new.');
  });

  it('interpolates parameters and leaves unknown placeholders alone', () => {
    expect(interpolate('a {x} b {y}', { x: 1 })).toBe('a 1 b {y}');
    expect(translate('en', 'toolbar.progress', { done: 3, total: 10 })).toBe('reviewed 3 of 10');
    expect(translate('ja', 'toolbar.progress', { done: 3, total: 10 })).toBe('確認済み 3 / 10');
  });

  it('labels tasks by kind', () => {
    expect(taskLabel('en', { kind: 'seeding', done: 2, total: 5 })).toBe('Importing sample documents 2/5 …');
    expect(taskLabel('ja', { kind: 'seeding', done: 2, total: 5 })).toContain('2/5');
    expect(taskLabel('en', { kind: 'whatever', done: 0, total: 1 })).toBe('Working 0/1 …');
  });

  it('chooses the language: stored choice, then OS locale, then browser, then English', () => {
    expect(localeFromTag('ja-JP')).toBe('ja');
    expect(localeFromTag('en_US.UTF-8')).toBe('en');
    expect(localeFromTag('de-DE')).toBeNull();
    expect(chooseLocale('en', 'ja-JP', ['ja'])).toBe('en');
    expect(chooseLocale(null, 'ja_JP.UTF-8', ['en-US'])).toBe('ja');
    expect(chooseLocale('xx', null, ['de-DE', 'ja'])).toBe('ja');
    expect(chooseLocale(null, 'C', [])).toBe('en');
  });
});
