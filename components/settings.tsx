/**
 * The shopper's settings and language for every component of a page, loaded in one place: the page's root
 * wraps itself in `SettingsProvider`, which reads them once and follows their changes (the options page,
 * another tab); a component asks `useSettings()`, or `useT()` for its words in the shopper's language.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { describeLoadFailure } from '@/utils/db/failure-text';
import { formatDate, formatDateTime, formatDayMonth, formatMonth, formatNumber, formatPrice, t as translate, type Language, type MessageKey } from '@/utils/platform/i18n';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '@/utils/storage/settings';

interface SettingsState {
  settings: Settings;
  /** The settings have been read (till then, the defaults stand). */
  loaded: boolean;
}

const SettingsContext = createContext<SettingsState>({ settings: DEFAULT_SETTINGS, loaded: false });

export function SettingsProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SettingsState>({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    const loaded = (settings: Settings) => setState({ settings, loaded: true });
    // A storage that cannot be read leaves the defaults, and says it has done what it could.
    void getSettings().then(loaded, () => setState((now) => ({ ...now, loaded: true })));
    return watchSettings(loaded);
  }, []);
  return <SettingsContext.Provider value={state}>{children}</SettingsContext.Provider>;
}

/** The settings, and whether they have been read. */
export const useSettingsState = (): SettingsState => useContext(SettingsContext);
export const useSettings = (): Settings => useContext(SettingsContext).settings;
export const useLanguage = (): Language => useContext(SettingsContext).settings.language;

/** Interface text in the shopper's language: `t('key', ...substitutions)`. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function useT(): Translate {
  const language = useLanguage();
  return useMemo<Translate>(() => (key, ...substitutions) => translate(key, language, ...substitutions), [language]);
}

/** Dates, times, sums and failures worded in the shopper's language. */
export function useFormat() {
  const language = useLanguage();
  return useMemo(
    () => ({
      date: (isoDate: string) => formatDate(isoDate, language),
      dateTime: (ms: number, short = false) => formatDateTime(ms, language, short),
      /** «8 дек.»: a near date, in a row. */
      dayMonth: (isoDate: string) => formatDayMonth(isoDate, language),
      price: (amount: number, currency: string | undefined) => formatPrice(amount, currency, language),
      month: (month: string, withYear = false) => formatMonth(month, language, withYear),
      number: (value: number) => formatNumber(value, language),
      /** Why the history could not be read or written, in the shopper's words. */
      failure: (error: unknown) => describeLoadFailure(error, language),
    }),
    [language],
  );
}
