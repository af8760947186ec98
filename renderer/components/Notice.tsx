import { useNoticeStore } from '../store/notice';
import { useLocale, useT } from './useI18n';

export function NoticeBar() {
  const t = useT();
  const locale = useLocale();
  const notice = useNoticeStore((s) => s.notice);
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
      data-kind={notice.kind}
      data-code={notice.code}
    >
      <span className="notice-icon" aria-hidden="true">{notice.kind === 'error' ? '⚠' : 'ℹ'}</span>
      <span className="notice-text">{t(notice.key, notice.paramsFor ? { ...notice.params, ...notice.paramsFor(locale) } : notice.params)}</span>
      <button type="button" className="btn btn-small" onClick={dismiss}>
        {t('toolbar.dismiss')}
      </button>
    </div>
  );
}
