/**
 * The case file's ladder: the marketplace's own clocks beside the law's answer time, each with its source
 * and the date it was read, and the steps offered now that their time has come.
 */
import { moscowDate } from '@/utils/calendar';
import { CLAIM_CHANNEL_RULE } from '@/utils/catalogue/platform-clocks';
import type { Ladder as LadderData, LadderClock, LadderOffer } from '@/utils/inquiries/ladder';
import { ClockSourceLine, useClockWords } from '@/components/PlatformClock';
import { useDueText } from '@/components/DueLine';
import { useFormat, useLanguage, useT } from '@/components/settings';
import type { MessageKey } from '@/utils/platform/i18n';

const LAW: Record<'inquiry' | 'claim' | 'complaint', MessageKey> = {
  inquiry: 'ladderLawInquiry',
  claim: 'ladderLawClaim',
  complaint: 'ladderLawComplaint',
};

export function Ladder({ ladder }: { ladder: LadderData }) {
  const t = useT();
  const dueText = useDueText()(ladder.next);
  if (!ladder.clocks.length && !ladder.offers.length) return null;
  return (
    <section class="case-section ladder" aria-labelledby="mh-ladder-title" data-testid="mh-ladder">
      <h3 id="mh-ladder-title">{t('ladderTitle')}</h3>
      <ul class="ladder-list">
        {dueText && (
          <li class="ladder-item" data-testid="mh-ladder-law">
            <p class="ladder-name">{t(LAW[ladder.next.awaiting ?? 'inquiry'])}</p>
            <p class={ladder.next.overdue ? 'ladder-when overdue-note' : 'ladder-when'}>{dueText}</p>
          </li>
        )}
        {ladder.clocks.map((clock) => (
          <ClockItem key={clock.clock.id} clock={clock} />
        ))}
      </ul>
      {ladder.offers.length > 0 && (
        <ul class="ladder-offers" aria-label={t('ladderOffers')}>
          {ladder.offers.map((offer) => (
            <OfferItem key={offer} offer={offer} ladder={ladder} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ClockItem({ clock }: { clock: LadderClock }) {
  const t = useT();
  const language = useLanguage();
  const words = useClockWords();
  const end = words.end(clock);
  const noDate = words.noDate(clock);
  return (
    <li class="ladder-item" data-testid="mh-ladder-clock" data-clock={clock.clock.id} data-passed={String(clock.passed)} data-settled={String(clock.settled)}>
      <p class="ladder-name">{clock.clock.name[language]}</p>
      <p class={clock.passed || clock.settled ? 'ladder-when muted' : 'ladder-when'}>
        {words.length(clock.clock)}
        {end && <> · <strong data-testid="mh-ladder-end">{end}</strong></>}
        {noDate && <span class="muted"> · {noDate}</span>}
      </p>
      <p class="ladder-then">{t('ladderThen', clock.clock.then[language])}</p>
      <ClockSourceLine source={clock.clock.source} />
    </li>
  );
}

function OfferItem({ offer, ladder }: { offer: LadderOffer; ladder: LadderData }) {
  const t = useT();
  const format = useFormat();
  const language = useLanguage();
  const clock = ladder.clocks.find((c) => c.clock.step === offer);
  let text: string;
  if (offer === 'claim-channel') text = CLAIM_CHANNEL_RULE.text[language];
  else if (offer === 'dispute') text = t('ladderOfferDispute', clock?.endsAt !== undefined ? format.date(moscowDate(clock.endsAt)) : '');
  else if (offer === 'complaint-book') text = t('ladderOfferComplaintBook');
  else text = t('ladderOfferArbiter');
  return (
    <li class="ladder-offer" data-testid="mh-ladder-offer" data-offer={offer}>
      <p>{text}</p>
      <ClockSourceLine source={offer === 'claim-channel' ? CLAIM_CHANNEL_RULE.source : clock?.clock.source} />
    </li>
  );
}
