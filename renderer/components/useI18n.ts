import { useMemo } from 'react';
import { translator, type Locale, type Translator } from '../i18n';
import { useAppStore } from '../store/app';

/** The translator for the current UI language (re-renders the caller on a switch). */
export function useT(): Translator {
  const locale = useAppStore((s) => s.locale);
  return useMemo(() => translator(locale), [locale]);
}

export function useLocale(): Locale {
  return useAppStore((s) => s.locale);
}
