/** What goes with a complaint to Rospotrebnadzor: the papers to attach, how to file it, what comes next. */
import { FILING } from '@/utils/escalation/law';
import { channelById, correctableValue, withCorrection } from '@/utils/catalogue';
import type { Correction } from '@/utils/catalogue/types';
import type { Inquiry } from '@/utils/inquiries/model';
import { webHref } from '@/utils/platform/links';
import { useT, useLanguage } from '@/components/settings';

interface Props {
  inquiry: Inquiry;
  corrections: Record<string, Correction>;
}

export function ComplaintPack({ inquiry, corrections }: Props) {
  const language = useLanguage();
  const t = useT();
  const regulator = channelById('rospotrebnadzor');
  const regulatorUrl = regulator && correctableValue(withCorrection(regulator, corrections));
  const ethics = inquiry.marketplace === 'ozon' ? channelById('ozon-ethics') : undefined;
  const ethicsLink = ethics && correctableValue(withCorrection(ethics, corrections));
  return (
    <div data-testid="mh-complaint-pack">
      <h3>{t('complaintChecklist')}</h3>
      <ul data-testid="mh-complaint-checklist">
        <li>{t('complaintChecklistReceipt')}</li>
        <li>{t('complaintChecklistReplies')}</li>
        <li>{t('complaintChecklistClaim')}</li>
        <li>{t('complaintChecklistOther')}</li>
      </ul>
      <h3>{t('complaintHow')}</h3>
      <p data-testid="mh-complaint-how">
        {/* How to file, as the law on citizens' appeals now reads: the same text the complaint's notes cite. */}
        {FILING[language]} <span class="muted">({FILING.source[language]})</span>{' '}
        {regulatorUrl && (
          webHref(regulatorUrl) ? <a href={webHref(regulatorUrl)} target="_blank" rel="noopener noreferrer">{regulatorUrl}</a> : regulatorUrl
        )}
      </p>
      <h3>{t('complaintNext')}</h3>
      <p data-testid="mh-complaint-next">{t('complaintNextText')}</p>
      {ethics && (
        <p class="notice" data-testid="mh-ethics">
          {t('complaintEthics', ethics.name[language])}
          {ethicsLink && (
            <>
              {' '}
              {webHref(ethicsLink) ? <a href={webHref(ethicsLink)} target="_blank" rel="noopener noreferrer">{ethicsLink}</a> : ethicsLink}
            </>
          )}
        </p>
      )}
    </div>
  );
}
