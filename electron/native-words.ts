// The words of Electron's native parts (the menu, file dialogs, error boxes) in the system's
// language: Japanese where the OS is Japanese, English elsewhere. The page words itself (i18n).
export type NativeLocale = 'ja' | 'en';

export const nativeLocale = (systemLocale: string): NativeLocale => (systemLocale.toLowerCase().startsWith('ja') ? 'ja' : 'en');

const WORDS = {
  ja: {
    file: 'ファイル',
    import: '文書を取り込む…',
    importFolder: 'フォルダーから取り込む…',
    open: 'レビューファイルを開く…',
    merge: 'レビューファイルをマージ…',
    export: 'レビューファイルを書き出す…',
    pickImport: '文書を取り込む',
    pickFolder: 'フォルダーの文書を取り込む',
    pickMerge: 'レビューファイルをマージ',
    pickOpen: 'レビューファイルを開く',
    pickKey: '公開鍵を信頼する',
    save: '書き出す',
    textOrPdf: 'テキストまたは PDF',
    allFiles: 'すべてのファイル',
    reviewFile: 'レビューファイル',
    publicKey: '公開鍵',
    notOpened: (file: string, why: string) => `「${file}」を開けませんでした:\n${why}`,
    dbNotOpened: (why: string) => `データベースを開けませんでした:\n${why}`,
  },
  en: {
    file: 'File',
    import: 'Import documents…',
    importFolder: 'Import folder…',
    open: 'Open review file…',
    merge: 'Merge review file…',
    export: 'Export review file…',
    pickImport: 'Import document',
    pickFolder: 'Import the documents of a folder',
    pickMerge: 'Merge review file',
    pickOpen: 'Open review file',
    pickKey: 'Trust a public key',
    save: 'Export',
    textOrPdf: 'Text or PDF',
    allFiles: 'All files',
    reviewFile: 'Review file',
    publicKey: 'Yosan public key',
    notOpened: (file: string, why: string) => `${file} was not opened:\n${why}`,
    dbNotOpened: (why: string) => `The database could not be opened:\n${why}`,
  },
} as const;

export type NativeWords = (typeof WORDS)[NativeLocale];
export const nativeWords = (locale: NativeLocale): NativeWords => WORDS[locale];
