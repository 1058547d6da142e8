/**
 * A marketplace's clock in words: how long it runs, until when (only where its source, length and start
 * are known), and where the fact comes from — «Источник: klerk.ru, 7 дек. 2026 г. · по сообщениям СМИ»,
 * or «не проверено». The case file lists them; the popup shows the one running in a row.
 */
import { moscowDate } from '@/utils/calendar';
import type { ClockSource, PlatformClock } from '@/utils/catalogue/platform-clocks';
import type { LadderClock } from '@/utils/inquiries/ladder';
import { pluralOf, type MessageKey } from '@/utils/platform/i18n';
import { webHref } from '@/utils/platform/links';
import { Icon } from './Icon';
import { useFormat, useLanguage, useT } from './settings';

const HOURS: Record<ReturnType<typeof pluralOf>, MessageKey> = { one: 'clockHoursOne', few: 'clockHoursFew', many: 'clockHoursMany' };
const DAYS: Record<ReturnType<typeof pluralOf>, MessageKey> = { one: 'clockDaysOne', few: 'clockDaysFew', many: 'clockDaysMany' };

/** The words of a clock: its length with what starts it, and its end. */
export function useClockWords() {
  const t = useT();
  const format = useFormat();
  const language = useLanguage();
  const length = (clock: PlatformClock): string => {
    if (!clock.length) return t('clockNoLength');
    const [n, keys] = 'hours' in clock.length ? [clock.length.hours, HOURS] : [clock.length.calendarDays, DAYS];
    return `${t(keys[pluralOf(n, language)], n)} ${clock.from[language]}`;
  };
  /** «до 24 нояб. 2026 г., 10:00» for hours, «до 30 нояб.» for days; empty without an end. */
  const end = (c: LadderClock): string => {
    if (c.settled) return t('clockSettled');
    if (c.endsAt === undefined) return '';
    const when = c.clock.length && 'hours' in c.clock.length ? format.dateTime(c.endsAt, true) : format.dayMonth(moscowDate(c.endsAt));
    return t(c.passed ? 'clockPassed' : 'clockUntil', when);
  };
  /** Why no date is shown. */
  const noDate = (c: LadderClock): string =>
    !c.clock.source ? t('clockNoDateUnverified') : !c.clock.length ? '' : c.startedAt === undefined ? t('clockNoDateStart') : '';
  return { length, end, noDate };
}

/** «Источник: <site>, <date> · по сообщениям СМИ», the site a link (http and https only); or «не проверено». */
export function ClockSourceLine({ source }: { source: ClockSource | undefined }) {
  const t = useT();
  const format = useFormat();
  if (!source) {
    return (
      <p class="clock-source muted" data-testid="mh-clock-source" data-verified="false">
        {t('clockUnverified')}
      </p>
    );
  }
  const href = webHref(source.url);
  return (
    <p class="clock-source muted" data-testid="mh-clock-source" data-verified={source.basis}>
      {t('clockSource')}{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.site}
        </a>
      ) : (
        source.site
      )}
      , {format.date(source.read)} · {t(source.basis === 'press' ? 'clockPress' : 'clockPlatform')}
    </p>
  );
}

/** One line for a row: the marketplace's clock running now and when it ends (the popup). */
export function ClockLine({ clock }: { clock: LadderClock }) {
  const t = useT();
  const language = useLanguage();
  const { end } = useClockWords();
  return (
    <p class="due clock-line" data-testid="mh-clock-line" data-clock={clock.clock.id}>
      <Icon name="clock" />
      <span>
        {clock.clock.name[language]}: {end(clock)}
        {clock.clock.source?.basis === 'press' && <span class="muted"> ({t('clockPress')})</span>}
      </span>
    </p>
  );
}
