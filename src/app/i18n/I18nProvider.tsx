// React access to the catalogue: the locale comes from the host and `useT` translates into it.
import { createContext, useCallback, useContext, type ReactNode } from "react";
import type { Locale } from "../../domain/locale";
import { translate, type MessageKey, type MessageParams } from "./messages";

const LocaleContext = createContext<Locale>("en");

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** Returns `t(key, params)` bound to the current locale. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useLocale();
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}
