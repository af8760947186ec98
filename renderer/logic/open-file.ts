// Which database file is open, as the window title and the toolbar say it.
import type { AppInfo } from '../../shared/api';
import { translate, type Locale } from '../i18n';

/** "令和7年度確認.yosan — 予算ワークベンチ": the file first, as desktop apps do. */
export function windowTitle(locale: Locale, info: Pick<AppInfo, 'fileName'> | null): string {
  const app = translate(locale, 'app.name');
  return info?.fileName ? `${info.fileName} — ${app}` : app;
}

/** The toolbar's tooltip: where the open file is, and for a copy, how to save it back. */
export function openFileDetail(locale: Locale, info: Pick<AppInfo, 'fileName' | 'dbPath' | 'copyOf'>): string {
  return info.copyOf
    ? translate(locale, 'file.copyDetail', { name: info.copyOf, path: info.dbPath })
    : translate(locale, 'file.openDetail', { path: info.dbPath });
}
