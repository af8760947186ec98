// Words an error from the host (a code with parameters) in the UI's language. A code this
// table does not know, or one sent without the parameters its wording needs, shows the host's
// own message, so nothing is ever hidden.
import { interpolate, type Locale } from '../i18n';

type Wording = { ja: string; en: string; needs: string[] };

const w = (ja: string, en: string, needs: string[] = []): Wording => ({ ja, en, needs });

export const errorWordings: Record<string, Wording> = {
  duplicate: w('「{file}」はすでに取り込まれています(「{existing}」として)。', '{file} is already imported (as {existing}).', ['file', 'existing']),
  empty: w('「{file}」は空のファイルです。', '{file} is empty.', ['file']),
  binary: w('「{file}」はテキストではありません(バイナリファイル)。', '{file} is not text (a binary file).', ['file']),
  encoding: w('「{file}」の文字コードを読めません(UTF-8、UTF-16、Shift_JIS、EUC-JP に対応)。', 'Cannot read the encoding of {file} (UTF-8, UTF-16, Shift_JIS and EUC-JP are read).', ['file']),
  too_large: w('「{file}」は大きすぎます(上限 {limit})。', '{file} is too large (at most {limit}).', ['file', 'limit']),
  pdf_encrypted: w('「{file}」は暗号化された PDF です(開くにはパスワードが必要)。保護のない写しを保存して取り込んでください。', '{file} is an encrypted PDF (it needs a password to open): save an unprotected copy and import that.', ['file']),
  pdf_damaged: w('「{file}」は壊れた PDF で、読めません。', '{file} is a damaged PDF and cannot be read.', ['file']),
  pdf_no_text: w('「{file}」の {pages} ページには文字がありません(スキャンや画像)。先に OCR をかけてください。', '{file} has no text on pages {pages} (a scan or a picture): run OCR first.', ['file', 'pages']),
  pdf_garbled: w('「{file}」の文字を読めません(フォントに Unicode の対応表がなく文字化けします)。OCR をかけるか、元から PDF を書き出し直してください。', 'The text of {file} cannot be read (its fonts carry no Unicode map, so it comes out garbled): run OCR on it or export it again from its source.', ['file']),
  pdf_too_many_pages: w('「{file}」は {pages} ページあります。取り込めるのは {limit} ページまでです。', '{file} has {pages} pages; at most {limit} can be imported.', ['file', 'pages', 'limit']),
  refused_file: w('「{file}」を受け付けませんでした。開いているデータベースは変わっていません。理由: {message}', '{file} was refused; the open database is unchanged. Reason: {message}', ['file']),
  busy: w('別の処理が実行中です。終わってからもう一度お試しください。', 'Another task is running; try again when it finishes.'),
  no_profile: w('先に、確認者としての名前を入力してください。', 'Give the name you review under first.'),
  not_signed: w('「{file}」には書き出せる有効な署名がありません。', '{file} has no valid sign-off to export.', ['file']),
  not_ready: w('「{file}」はまだ署名できません: 未確認・競合・無効になった承認が残っています。', '{file} cannot be signed yet: records are pending, in conflict or their approval is void.', ['file']),
  file_gone: w('そのファイルはもう使えません。もう一度選んでください。', 'That file is no longer available; pick it again.'),
  unauthorized: w('この画面のアドレスに合言葉(トークン)がありません。端末に表示されたアドレスで開き直してください。', 'This page’s address lacks its token: open the address printed in the terminal.'),
  network: w('ホストに接続できません。', 'Cannot reach the host.'),
  future_schema: w('このデータベースは新しい版の予算ワークベンチで書かれています。更新してから開いてください。', 'This database was written by a newer Yosan Workbench: update to open it.'),
  corrupt: w('データベースが壊れています(詳細: {message})。', 'The database is damaged (detail: {message}).', ['message']),
  not_yosan: w('予算ワークベンチのデータベースではありません(別のアプリケーションのファイル)。', 'Not a Yosan Workbench database (another application’s file).'),
  store_failed: w('データベースの処理が止まりました。アプリを再起動してください(詳細: {message})。', 'The database stopped working: restart the app (detail: {message}).', ['message']),
  bad_key: w('署名者の公開鍵ファイルではありません。', 'Not a Yosan public key file.'),
  duplicate_record: w('この範囲の金額はすでに記録されています。', 'A record already covers exactly this text.'),
  // What a reviewer typed, refused in place (shared/money.ts, shared/review.ts).
  amount_not_text: w('金額は文字で入力してください。', 'Amount must be text.'),
  amount_empty: w('金額が空です。', 'Amount is empty.'),
  amount_sign_only: w('符号だけで数字がありません。', 'Amount has a sign but no number.'),
  amount_bad_char: w('{pos} 文字目の「{char}」は金額に使えません。', 'Unexpected character “{char}” at position {pos}.', ['char', 'pos']),
  amount_decimal: w('小数点は数字と数字の間に、1つの数に1回だけ書けます。', 'A decimal point must stand between digits, once per number.'),
  amount_comma: w('「,」は数字と数字の間にだけ書けます。', 'A comma must stand between digits.'),
  amount_space: w('2つの数が空白だけで区切られています。', 'Two numbers are separated only by a space.'),
  amount_yen_sign: w('「円」は末尾に1回だけ書けます。', '円 may appear once, at the end.'),
  amount_two_points: w('「{num}」に小数点が2つ以上あります。', '“{num}” has more than one decimal point.', ['num']),
  amount_grouping: w('「{num}」の「,」が3桁ごとになっていません。', '“{num}” has commas that do not group digits by three.', ['num']),
  amount_start: w('金額は数字で始めてください。', 'Amount must start with a digit.'),
  amount_unit_end: w('末尾の単位を読めません。', 'Cannot read the unit at the end.'),
  amount_unit_order: w('金額を読めません: 単位の順序か位置が正しくありません。', 'Cannot read the amount: units are out of order or misplaced.'),
  amount_fraction: w('円未満の端数があります。', 'The amount is not a whole number of yen.'),
  amount_too_large: w('金額が大きすぎて正確に保存できません。', 'The amount is too large to store exactly.'),
  item_too_long: w('事項名は {max} 文字までです。', 'An item name has at most {max} characters.', ['max']),
  fy_unreadable: w('「{input}」から年度を読めません(例: 2025、令和7年度、R7)。', 'Cannot read a fiscal year from “{input}” (try 2025, 令和7年度 or R7).', ['input']),
  fy_range: w('{year} 年度は範囲外です(1950〜2100)。', 'Fiscal year {year} is out of range (1950–2100).', ['year']),
  stage_unknown: w('「{input}」は段階として読めません(概算要求、予算、補正予算、決算、その他)。', 'Unknown stage “{input}” (budget request, budget, supplementary budget, settlement, other).', ['input']),
  flag_unknown: w('「{input}」は区分として読めません(新規、内数、再掲、約、基金、事項要求、複数年度、単位は表頭)。', 'Unknown flag “{input}” (new, portion, restated, approximate, fund, matter_request, multi_year, unit_from_header).', ['input']),
  limit: w('この金額の変更・コメントが上限に達しました。', 'This record has reached its limit of changes and comments.'),
};

export interface HostError {
  code?: string;
  message: string;
  params?: Record<string, string | number>;
}

export function asHostError(e: unknown): HostError {
  const o = (e ?? {}) as { code?: unknown; message?: unknown; params?: unknown };
  return {
    code: typeof o.code === 'string' ? o.code : undefined,
    message: e instanceof Error ? e.message : typeof o.message === 'string' ? o.message : String(e),
    params: o.params && typeof o.params === 'object' ? (o.params as Record<string, string | number>) : undefined,
  };
}

/** Why a file from elsewhere was refused (db/refused.ts), worded; the technical detail (an id, a
 * field) stays as the checker wrote it. */
export const refusalWordings: Record<string, Wording> = {
  missing: w('ファイルがありません。', 'the file does not exist.'),
  unreadable: w('ファイルを読めません({detail})。', 'the file cannot be read ({detail}).', ['detail']),
  special_file: w('通常のファイルではありません({kind})。', 'it is not a regular file ({kind}).', ['kind']),
  too_big: w('大きすぎます(上限 {limit})。', 'it is too large (at most {limit}).', ['limit']),
  empty: w('空のファイルで、確認ファイルではありません。', 'it is empty, not a Yosan review file.'),
  not_sqlite: w('確認ファイル(SQLite データベース)ではありません。', 'it is not a Yosan review file (not an SQLite database).'),
  damaged: w('ファイルが壊れています。', 'the file is damaged.'),
  other_app: w('別のアプリケーションのファイルです。', 'it belongs to another application.'),
  newer_schema: w('新しい版の予算ワークベンチで書かれています(形式 {version}、この版は {ours})。更新してから使ってください。', 'it was written by a newer Yosan Workbench (schema {version}, this app {ours}): update to use it.', ['version', 'ours']),
  older_schema: w('古い形式({version})です。送り主にこの版で一度開いて書き出し直してもらってください。', 'it has an older schema ({version}): ask the sender to open it once in this version and export again.', ['version']),
  schema_object: w('データベースの構造が違います({detail})。', 'its database structure differs ({detail}).', ['detail']),
  content: w('内容の検査で受け付けられない箇所があります: {detail}', 'its content failed a check: {detail}', ['detail']),
  forged_document: w('文書 {document}… の ID が本文と合いません(破損か改ざん)。', 'document {document}… has the id of another text (damaged or forged).', ['document']),
  second_extraction: w('金額 {record} がもう一度抽出されています(抽出器の版が違う可能性)。', 'record {record} is extracted a second time (perhaps by another version of the extractor).', ['record']),
  too_many_events: w('金額 {record} の変更が上限 {limit} 件を超えます。', 'record {record} would have more than {limit} changes.', ['record', 'limit']),
  too_many_comments: w('金額 {record} のコメントが上限 {limit} 件を超えます。', 'record {record} would have more than {limit} comments.', ['record', 'limit']),
  pdf_orphan: w('ファイルにない文書 {document}… の PDF があります。', 'it holds a PDF of document {document}… that the file does not hold.', ['document']),
  pdf_altered: w('文書 {document}… の PDF が書き換えられています(破損か改ざん)。', 'the PDF of document {document}… was altered (damaged or forged).', ['document']),
  pdf_map: w('文書 {document}… のページ対応表を受け付けられません({detail})。', 'the page map of document {document}… is refused ({detail}).', ['document', 'detail']),
  changed_since_preview: w('確認の表示の後にファイルが変わりました。もう一度開いて確認してください。', 'the file changed since its preview: open it again to preview it.'),
};

const refusedFrame = w('「{file}」を受け付けませんでした。開いているデータベースは変わっていません。理由: {reason}', '{file} was refused; the open database is unchanged. Reason: {reason}', ['file', 'reason']);

/** The error in the UI's words: a known code with its parameters, else the host's message. */
export function errorText(locale: Locale, e: HostError): string {
  // a refused file: the frame and its reason, each worded when known
  const why = e.code === 'refused_file' && typeof e.params?.reason === 'string' ? refusalWordings[e.params.reason] : undefined;
  if (why && typeof e.params?.file === 'string' && why.needs.every((k) => Object.hasOwn(e.params!, k))) {
    return interpolate(refusedFrame[locale], { file: e.params.file, reason: interpolate(why[locale], e.params) });
  }
  const wording = e.code ? errorWordings[e.code] : undefined;
  const params = { ...e.params, message: e.message };
  if (!wording || !wording.needs.every((k) => Object.hasOwn(params, k))) return e.message;
  return interpolate(wording[locale], params);
}
