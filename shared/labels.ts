// Words for the codes every host shows (stage, flag, status) in each UI language: the renderer
// and the dataset export word them alike.
import type { Flag, Stage } from './extract/types';
import type { RecordStatus } from './records';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const stageLabels: Record<Locale, Record<Stage, string>> = {
  ja: { request: '概算要求', budget: '予算', supplementary: '補正予算', settlement: '決算', other: 'その他' },
  en: { request: 'Budget request', budget: 'Budget', supplementary: 'Supplementary budget', settlement: 'Settlement', other: 'Other' },
};

export const flagLabels: Record<Locale, Record<Flag, string>> = {
  ja: {
    new: '新規', portion: '内数', restated: '再掲', approximate: '約', fund: '基金',
    matter_request: '事項要求', multi_year: '複数年度', unit_from_header: '単位は表頭',
  },
  en: {
    new: 'New', portion: 'Part of', restated: 'Restated', approximate: 'Approximate', fund: 'Fund',
    matter_request: 'Amount to be set later', multi_year: 'Multi-year', unit_from_header: 'Unit from header',
  },
};

export const statusLabels: Record<Locale, Record<RecordStatus, string>> = {
  ja: { pending: '未確認', approved: '承認', rejected: '却下' },
  en: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
};

