// The one message line under the toolbar (errors and confirmations). Messages are kept as
// i18n keys plus parameters so they follow a language switch.
import { create } from 'zustand';
import type { Locale, MessageKey, Params } from '../i18n';
import { asHostError, errorText } from '../logic/errors';

export interface Notice {
  kind: 'error' | 'info';
  key: MessageKey;
  params?: Params;
  /** The API error code, when the notice reports one (for tests and later translations). */
  code?: string;
  /** Parameters that depend on the language (e.g. a field's label), computed when shown. */
  paramsFor?: (locale: Locale) => Params;
}

export interface NoticeState {
  notice: Notice | null;
  show(n: Notice): void;
  showError(key: MessageKey, e: unknown, params?: Params): void;
  dismiss(): void;
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  notice: null,
  show(n) {
    set({ notice: n });
  },
  showError(key, e, params) {
    const err = asHostError(e);
    // Worded when shown, so a language switch rewords an error already on screen.
    set({ notice: { kind: 'error', key, params: { ...params, message: err.message }, code: errorCode(e), paramsFor: (l) => ({ message: errorText(l, err) }) } });
  },
  dismiss() {
    set({ notice: null });
  },
}));
