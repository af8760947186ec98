// The one i18n layer of the renderer: every user-visible string comes from here.
// `ja` and `en` have identical key sets (checked by test/unit/renderer-i18n.test.ts).
import type { Flag, Stage } from '../shared/extract/types';
import type { RecordStatus } from '../shared/records';
import type { Action } from './logic/keymap';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the language switch (not translated on purpose). */
export const localeNames: Record<Locale, string> = { ja: '日本語', en: 'EN' };

export const ja = {
  'app.name': '予算ワークベンチ',
  'app.loading': '読み込み中…',
  'toolbar.noDocument': '文書が選択されていません',
  'toolbar.progress': '確認済み {done} / {total}',
  'toolbar.import': '取り込み…',
  'toolbar.importing': '取り込み中…',
  'toolbar.importTitle': 'テキスト文書(UTF-8)を取り込む',
  'toolbar.language': '表示言語',
  'toolbar.dismiss': '閉じる',
  'import.failed': '取り込みに失敗しました: {message}',
  'import.done': '「{title}」を取り込みました(金額 {records} 件)',
  'import.tooLarge': 'ファイルが大きすぎます({bytes} バイト、上限 {max} バイト)',
  'error.load': '読み込みに失敗しました: {message}',
  'error.connection': 'ホストに接続できません: {message}',
  'docs.heading': '文書',
  'docs.empty': '文書はまだありません。「取り込み…」からテキストファイルを追加してください。',
  'docs.records': '金額 {count} 件',
  'docs.reviewed': '確認済み {percent}%',
  'source.heading': '原文',
  'source.empty': '左の一覧から文書を選んでください。',
  'source.loading': '原文を読み込み中…',
  'source.markTitle': '{status} · {yen}',
  'source.previousTitle': '前年度: {yen}',
  'source.supplementaryTitle': '補正: {yen}',
  'source.changeTitle': '増減: {yen}',
  'grid.heading': '金額一覧',
  'grid.item': '事項',
  'grid.text': '表記',
  'grid.yen': '金額',
  'grid.previous': '前年度',
  'grid.supplementary': '補正',
  'grid.fy': '年度',
  'grid.stage': '段階',
  'grid.flags': '区分',
  'grid.confidence': '確度',
  'grid.status': '状態',
  'grid.warnings': '注意',
  'grid.noRows': 'この文書には金額がありません',
  'grid.loading': '読み込み中…',
  'grid.warningCount': '注意 {count} 件',
  'detail.heading': '選択中の金額',
  'detail.none': '金額を選ぶと詳細が表示されます。',
  'detail.item': '事項',
  'detail.text': '表記',
  'detail.yen': '金額',
  'detail.exactYen': '円換算',
  'detail.unit': '単位',
  'detail.location': '位置',
  'detail.locationValue': '{line} 行目 · 文字 {start}–{end}',
  'detail.fy': '年度',
  'detail.stage': '段階',
  'detail.flags': '区分',
  'detail.previous': '前年度',
  'detail.supplementary': '補正',
  'detail.change': '増減',
  'detail.confidence': '確度',
  'detail.status': '状態',
  'detail.section': '見出し',
  'detail.warnings': '注意',
  'detail.noWarnings': 'なし',
  'detail.noValue': '—',
  'detail.lastActor': '最終更新',
  'task.seeding': 'サンプル文書を取り込み中 {done}/{total} …',
  'task.importing': '文書を取り込み中 {done}/{total} …',
  'task.working': '処理中 {done}/{total} …',
  'task.failed': 'バックグラウンド処理に失敗しました: {message}',
  'fy.format': '{year} / {era}',
  'yen.exact': '{amount}円',
  'toolbar.progressAll': '全体 {done} / {total}',
  'toolbar.reviewer': '確認者: {name}',
  'toolbar.reviewerNone': '確認者未設定',
  'toolbar.reviewerTitle': '確認者の名前を変更',
  'toolbar.shortcuts': 'キー操作 (?)',
  'profile.title': '確認者の名前',
  'profile.intro': '承認・修正・コメントはすべてこの名前で記録されます。',
  'profile.label': '名前',
  'profile.save': '保存',
  'profile.cancel': 'キャンセル',
  'profile.required': '名前を入力してください',
  'profile.failed': '名前を保存できませんでした: {message}',
  'review.failed': '操作に失敗しました: {message}',
  'review.noProfile': '先に確認者の名前を入力してください',
  'review.approvalVoid': '{approver} の承認は無効: {actor} が {time} に{field}を変更 — 再確認が必要です',
  'review.approvedBy': '{name} が承認',
  'review.backInReview': '再確認',
  'review.edited': '修正あり: {fields}',
  'review.manual': '手動で追加',
  'review.conflicts': '競合',
  'review.conflictSide': '{actor} ({time}): {value}',
  'undo.done': '元に戻しました: {change}({item})',
  'undo.nothing': '元に戻す変更はありません',
  'redo.done': 'やり直しました: {change}({item})',
  'redo.nothing': 'やり直す変更はありません',
  'edit.title': '修正',
  'edit.reason': '理由(任意)',
  'edit.save': '保存 (Enter)',
  'edit.cancel': 'キャンセル (Esc)',
  'edit.hint': 'Tab / Shift+Tab で項目を移動、Enter で保存、Esc で取消',
  'edit.noChange': '変更はありません',
  'edit.saved': '{count} 項目を修正しました',
  'detail.tabFields': '詳細',
  'detail.tabComments': 'コメント ({count})',
  'detail.tabHistory': '履歴',
  'comments.placeholder': 'コメントを入力 — Enter で投稿、Shift+Enter で改行、Esc で一覧へ',
  'comments.post': '投稿',
  'comments.resolve': '解決',
  'comments.resolved': '{name} が解決済み',
  'comments.empty': 'コメントはまだありません。',
  'comments.label': 'コメント',
  'history.empty': '履歴はありません。',
  'history.loading': '履歴を読み込み中…',
  'history.created': '抽出で作成',
  'history.createdManual': '手動で追加',
  'history.set': '{field}: {from} → {to}',
  'history.comment': 'コメント: {text}',
  'history.resolve': 'コメントを解決: {text}',
  'history.undo': '取り消し',
  'history.redo': 'やり直し',
  'history.reason': '理由: {reason}',
  'filter.label': '絞り込み',
  'filter.status': '状態',
  'filter.stage': '段階',
  'filter.fy': '年度',
  'filter.flag': '区分',
  'filter.confidence': '確度',
  'filter.all': 'すべて',
  'filter.void': '承認無効',
  'filter.noFy': '年度なし',
  'filter.below': '{percent}% 未満',
  'filter.hasComments': 'コメントあり',
  'filter.hasWarnings': '注意あり',
  'filter.search': '事項を検索 (/)',
  'filter.clear': '解除',
  'filter.shown': '{shown} / {total} 件を表示',
  'add.button': '選択から追加',
  'add.buttonTitle': '原文で選択した金額を記録として追加 (Shift+A)',
  'add.title': '抽出漏れの金額を追加',
  'add.text': '原文の表記',
  'add.textHint': '原文で選んだ文字列。選択がなければ入力すると近くの出現箇所を探します。',
  'add.amount': '金額',
  'add.item': '事項',
  'add.fy': '年度',
  'add.stage': '段階',
  'add.submit': '追加 (Enter)',
  'add.notFound': '原文に「{text}」が見つかりません',
  'add.needText': '原文で金額を選択するか、表記を入力してください',
  'add.done': '記録を追加しました: {text}',
  'add.failed': '追加できませんでした: {message}',
  'add.where': '{line} 行目 · 文字 {start}–{end}',
  'help.title': 'キー操作',
  'help.close': '閉じる (Esc)',
  'grid.comments': 'コメント',
  'grid.commentCount': 'コメント {count} 件',
} as const;

export type MessageKey = keyof typeof ja;

export const en: Record<MessageKey, string> = {
  'app.name': 'Yosan Workbench',
  'app.loading': 'Loading…',
  'toolbar.noDocument': 'No document selected',
  'toolbar.progress': 'reviewed {done} of {total}',
  'toolbar.import': 'Import…',
  'toolbar.importing': 'Importing…',
  'toolbar.importTitle': 'Import a text document (UTF-8)',
  'toolbar.language': 'Language',
  'toolbar.dismiss': 'Dismiss',
  'import.failed': 'Import failed: {message}',
  'import.done': 'Imported “{title}” ({records} amounts)',
  'import.tooLarge': 'The file is too large ({bytes} bytes, limit {max} bytes)',
  'error.load': 'Loading failed: {message}',
  'error.connection': 'Cannot reach the host: {message}',
  'docs.heading': 'Documents',
  'docs.empty': 'No documents yet. Use “Import…” to add a text file.',
  'docs.records': '{count} amounts',
  'docs.reviewed': '{percent}% reviewed',
  'source.heading': 'Source text',
  'source.empty': 'Choose a document from the list on the left.',
  'source.loading': 'Loading the source text…',
  'source.markTitle': '{status} · {yen}',
  'source.previousTitle': 'Previous year: {yen}',
  'source.supplementaryTitle': 'Supplementary: {yen}',
  'source.changeTitle': 'Change: {yen}',
  'grid.heading': 'Amounts',
  'grid.item': 'Item',
  'grid.text': 'As written',
  'grid.yen': 'Amount',
  'grid.previous': 'Previous year',
  'grid.supplementary': 'Supplementary',
  'grid.fy': 'FY',
  'grid.stage': 'Stage',
  'grid.flags': 'Flags',
  'grid.confidence': 'Confidence',
  'grid.status': 'Status',
  'grid.warnings': 'Warnings',
  'grid.noRows': 'No amounts in this document',
  'grid.loading': 'Loading…',
  'grid.warningCount': '{count} warnings',
  'detail.heading': 'Selected amount',
  'detail.none': 'Select an amount to see its details.',
  'detail.item': 'Item',
  'detail.text': 'As written',
  'detail.yen': 'Amount',
  'detail.exactYen': 'In yen',
  'detail.unit': 'Unit',
  'detail.location': 'Location',
  'detail.locationValue': 'line {line} · chars {start}–{end}',
  'detail.fy': 'Fiscal year',
  'detail.stage': 'Stage',
  'detail.flags': 'Flags',
  'detail.previous': 'Previous year',
  'detail.supplementary': 'Supplementary',
  'detail.change': 'Change',
  'detail.confidence': 'Confidence',
  'detail.status': 'Status',
  'detail.section': 'Section',
  'detail.warnings': 'Warnings',
  'detail.noWarnings': 'none',
  'detail.noValue': '—',
  'detail.lastActor': 'Last changed by',
  'task.seeding': 'Importing sample documents {done}/{total} …',
  'task.importing': 'Importing documents {done}/{total} …',
  'task.working': 'Working {done}/{total} …',
  'task.failed': 'A background task failed: {message}',
  'fy.format': '{year} / {era}',
  'yen.exact': '¥{amount}',
  'toolbar.progressAll': 'all documents: {done} of {total}',
  'toolbar.reviewer': 'Reviewer: {name}',
  'toolbar.reviewerNone': 'No reviewer name',
  'toolbar.reviewerTitle': 'Change the name you review under',
  'toolbar.shortcuts': 'Keys (?)',
  'profile.title': 'Your name as reviewer',
  'profile.intro': 'Every approval, correction and comment is recorded under this name.',
  'profile.label': 'Name',
  'profile.save': 'Save',
  'profile.cancel': 'Cancel',
  'profile.required': 'Please enter a name',
  'profile.failed': 'Could not save the name: {message}',
  'review.failed': 'The change failed: {message}',
  'review.noProfile': 'Please give the name you review under first',
  'review.approvalVoid': 'Approval by {approver} void: {actor} changed {field} at {time} — back in review',
  'review.approvedBy': 'approved by {name}',
  'review.backInReview': 'Back in review',
  'review.edited': 'Corrected: {fields}',
  'review.manual': 'Added by hand',
  'review.conflicts': 'Conflicts',
  'review.conflictSide': '{actor} ({time}): {value}',
  'undo.done': 'Undone: {change} ({item})',
  'undo.nothing': 'Nothing to undo',
  'redo.done': 'Redone: {change} ({item})',
  'redo.nothing': 'Nothing to redo',
  'edit.title': 'Correct',
  'edit.reason': 'Reason (optional)',
  'edit.save': 'Save (Enter)',
  'edit.cancel': 'Cancel (Esc)',
  'edit.hint': 'Tab / Shift+Tab move between fields, Enter saves, Esc cancels',
  'edit.noChange': 'Nothing changed',
  'edit.saved': 'Corrected {count} field(s)',
  'detail.tabFields': 'Details',
  'detail.tabComments': 'Comments ({count})',
  'detail.tabHistory': 'History',
  'comments.placeholder': 'Write a comment — Enter posts, Shift+Enter new line, Esc back to the list',
  'comments.post': 'Post',
  'comments.resolve': 'Resolve',
  'comments.resolved': 'resolved by {name}',
  'comments.empty': 'No comments yet.',
  'comments.label': 'Comment',
  'history.empty': 'No history.',
  'history.loading': 'Loading the history…',
  'history.created': 'created by the extractor',
  'history.createdManual': 'added by hand',
  'history.set': '{field}: {from} → {to}',
  'history.comment': 'commented: {text}',
  'history.resolve': 'resolved the comment: {text}',
  'history.undo': 'undo',
  'history.redo': 'redo',
  'history.reason': 'reason: {reason}',
  'filter.label': 'Filter',
  'filter.status': 'Status',
  'filter.stage': 'Stage',
  'filter.fy': 'FY',
  'filter.flag': 'Flag',
  'filter.confidence': 'Confidence',
  'filter.all': 'all',
  'filter.void': 'approval void',
  'filter.noFy': 'no year',
  'filter.below': 'below {percent}%',
  'filter.hasComments': 'with comments',
  'filter.hasWarnings': 'with warnings',
  'filter.search': 'Search items (/)',
  'filter.clear': 'Clear',
  'filter.shown': 'showing {shown} of {total}',
  'add.button': 'Add from selection',
  'add.buttonTitle': 'Add the amount selected in the source text as a record (Shift+A)',
  'add.title': 'Add an amount the extractor missed',
  'add.text': 'As written in the source',
  'add.textHint': 'The text selected in the source. Without a selection, type it and the nearest occurrence is used.',
  'add.amount': 'Amount',
  'add.item': 'Item',
  'add.fy': 'Fiscal year',
  'add.stage': 'Stage',
  'add.submit': 'Add (Enter)',
  'add.notFound': '“{text}” does not occur in the source text',
  'add.needText': 'Select the amount in the source text or type it as written',
  'add.done': 'Added a record: {text}',
  'add.failed': 'Could not add the record: {message}',
  'add.where': 'line {line} · chars {start}–{end}',
  'help.title': 'Keyboard shortcuts',
  'help.close': 'Close (Esc)',
  'grid.comments': 'Comments',
  'grid.commentCount': '{count} comments',
};

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

/**
 * Extractor warnings by code. Codes not listed here fall back to the extractor's English
 * message (in both languages), so a new warning code is never hidden.
 */
export const warningLabels: Record<Locale, Record<string, string>> = {
  ja: {
    ocr_hosei: '「補下」を「補正」と読みました(PDF/OCR の読み誤りの可能性)',
    ocr_reiwa: '「今和」を「令和」と読みました(PDF/OCR の読み誤りの可能性)',
    dot_as_comma: '桁区切りの「,」の位置に「.」があり、書かれたとおり小数として読みました',
    irregular_grouping: '「,」の区切りが3桁ごとでないため、区切りを無視しました',
    fractional_yen: '円未満の端数があるため丸めました',
    unit_from_header: '単位を数値の隣ではなく表頭・列見出しから取りました',
    item_missing: 'この金額の事項名が見つかりません',
    item_from_context: '事項名を同じ行ではなく上の見出し・行から取りました',
    fy_missing: '年度を特定できません',
    fy_from_document: '年度を文書の表題から取りました(金額から離れています)',
    stage_guessed: '予算の段階を弱い手掛かりから推定しました',
    split_layout: '金額と対になる数値がレイアウトにより複数行に分かれています',
    orphan_bracket: '金額が対応の取れない括弧の中にあり、レイアウトが崩れている可能性があります',
    kanji_numeral: '金額が漢数字で書かれています',
    range_bound: '金額は範囲の上限です',
    prose: '本文中の金額のため、役割と事項名の確度が下がります',
    unsafe_integer: '金額が正確に表せる整数の範囲を超えています',
  },
  en: {
    ocr_hosei: 'Read “補下” as “補正” (supplementary budget): likely a PDF/OCR slip',
    ocr_reiwa: 'Read “今和” as “令和” (Reiwa era): likely a PDF/OCR slip',
    dot_as_comma: 'A “.” stands where a thousands “,” is usual; read as a decimal, as written',
    irregular_grouping: 'Digit groups are not of three digits; the commas were ignored',
    fractional_yen: 'Not a whole number of yen; rounded',
    unit_from_header: 'Unit taken from a table or column header',
    item_missing: 'No item name found for this amount',
    item_from_context: 'Item name taken from a heading or line above',
    fy_missing: 'No fiscal year could be determined',
    fy_from_document: 'Fiscal year taken from the document title, far from the figure',
    stage_guessed: 'Budget stage guessed from weak context',
    split_layout: 'The amount and its partner figure are split over several lines',
    orphan_bracket: 'The amount sits in an unbalanced bracket; the layout may be broken',
    kanji_numeral: 'Written in kanji numerals',
    range_bound: 'Upper bound of a range',
    prose: 'Found in running prose; roles and item are less certain',
    unsafe_integer: 'Exceeds the exactly representable integer range',
  },
};

export const fieldLabels: Record<Locale, Record<string, string>> = {
  ja: { item: '事項', yen: '金額', previous: '前年度', supplementary: '補正', fy: '年度', stage: '段階', flags: '区分', status: '状態' },
  en: { item: 'item', yen: 'amount', previous: 'previous year', supplementary: 'supplementary', fy: 'fiscal year', stage: 'stage', flags: 'flags', status: 'status' },
};

/** Shortcut overlay: what each keymap action does. */
export const actionLabels: Record<Locale, Record<Action, string>> = {
  ja: {
    nextRecord: '次の金額', prevRecord: '前の金額', firstRecord: '最初の金額', lastRecord: '最後の金額',
    nextPending: '次の未確認', prevPending: '前の未確認', approve: '承認して次の未確認へ', reject: '却下して次の未確認へ',
    resetPending: '未確認に戻す', edit: '修正(金額から)', comment: 'コメントを書く', history: '履歴を表示/詳細に戻る',
    addFromSelection: '原文の選択から記録を追加', undo: '元に戻す', redo: 'やり直し', focusSearch: '事項を検索',
    nextDocument: '次の文書', prevDocument: '前の文書', help: 'このキー一覧',
  },
  en: {
    nextRecord: 'Next amount', prevRecord: 'Previous amount', firstRecord: 'First amount', lastRecord: 'Last amount',
    nextPending: 'Next pending', prevPending: 'Previous pending', approve: 'Approve, go to the next pending', reject: 'Reject, go to the next pending',
    resetPending: 'Reset to pending', edit: 'Correct (starting at the amount)', comment: 'Write a comment', history: 'Show the history / back to details',
    addFromSelection: 'Add a record from the source selection', undo: 'Undo', redo: 'Redo', focusSearch: 'Search items',
    nextDocument: 'Next document', prevDocument: 'Previous document', help: 'This list of keys',
  },
};

export function fieldLabel(locale: Locale, field: string): string {
  return fieldLabels[locale][field] ?? field;
}

/** Task kinds the host reports (`TaskStatus.kind`) → message key. */
const taskKeys: Record<string, MessageKey> = { seeding: 'task.seeding', importing: 'task.importing' };

export const dictionaries: Record<Locale, Record<MessageKey, string>> = { ja, en };

export type Params = Record<string, string | number>;

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return interpolate(dictionaries[locale][key] ?? ja[key] ?? key, params);
}

export type Translator = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}

export function stageLabel(locale: Locale, stage: string): string {
  return (stageLabels[locale] as Record<string, string>)[stage] ?? stage;
}

export function flagLabel(locale: Locale, flag: string): string {
  return (flagLabels[locale] as Record<string, string>)[flag] ?? flag;
}

export function statusLabel(locale: Locale, status: string): string {
  return (statusLabels[locale] as Record<string, string>)[status] ?? status;
}

export function warningLabel(locale: Locale, w: { code: string; message: string }): string {
  return Object.hasOwn(warningLabels[locale], w.code) ? warningLabels[locale][w.code] : w.message;
}

export function taskLabel(locale: Locale, task: { kind: string | null; done: number; total: number }): string {
  const key = (task.kind && taskKeys[task.kind]) || 'task.working';
  return translate(locale, key, { done: task.done, total: task.total });
}

/** Picks a supported locale from a BCP 47 tag ('ja-JP' → 'ja'); anything else → 'en'. */
export function localeFromTag(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lang = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  if (lang === 'ja') return 'ja';
  if (lang === 'en') return 'en';
  return null;
}

export function isLocale(v: unknown): v is Locale {
  return v === 'ja' || v === 'en';
}

/**
 * The language to show: the user's stored choice, else the OS locale (from getInfo), else
 * the browser's languages, else English.
 */
export function chooseLocale(stored: string | null, osLocale: string | null | undefined, navigatorLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  const fromOs = localeFromTag(osLocale);
  if (fromOs) return fromOs;
  for (const tag of navigatorLanguages) {
    const l = localeFromTag(tag);
    if (l) return l;
  }
  return 'en';
}
