/**
 * The inquiries already made about this order or product, shown here in the frame (the extension's
 * origin; the marketplace's page never holds any of it): where each stands, when its answer is due or that
 * it is overdue, and its one next step (utils/inquiries/next-step.ts) once it is due: a follow-up — the
 * reminder naming the first inquiry, copied, then marked sent on that same inquiry —, then the claim, then
 * the complaint (both on the case file's escalation page). Nothing is offered while an answer is awaited. They are read through the background: a frame inside a marketplace's page is
 * a third-party context, and a browser that blocks third-party storage refuses it IndexedDB.
 */
import { useEffect, useState } from 'preact/hooks';
import { Icon, type IconName } from '@/components/Icon';
import { State } from '@/components/State';
import { StatusChip } from '@/components/StatusChip';
import { moscowDate } from '@/utils/calendar';
import type { Inquiry } from '@/utils/inquiries/model';
import { nextStep } from '@/utils/inquiries/next-step';
import type { MessageKey } from '@/utils/platform/i18n';
import type { PageContext } from '@/utils/marketplaces/types';
import { sendMessage } from '@/utils/messages';
import type { Settings } from '@/utils/storage/settings';
import { followUpMessage } from '@/utils/templates';
import type { CopyOutcome } from './environment';
import { useT, useFormat } from '@/components/settings';

interface Props {
  context: PageContext;
  settings: Settings;
  /** Changes when the panel saved an inquiry or was opened again: read again (the frame stays while hidden). */
  reload: string;
  onCopy: (text: string) => Promise<CopyOutcome>;
}

type Notice = { kind: 'status' | 'error'; text: string } | undefined;

type Found = { inquiries: Inquiry[]; now: number } | 'loading' | 'failed' | undefined;

export function EarlierInquiries({ context, settings, reload, onCopy }: Props) {
  const t = useT();
  const { found, following, setFollowing, notice, setNotice, load } = useEarlier(context, reload);

  if (found === 'loading' || found === 'failed') {
    const failed = found === 'failed';
    return (
      <div class="mh-earlier-state">
        <State kind={failed ? 'error' : 'loading'} testid="mh-earlier-state" value={found} title={t(failed ? 'earlierLoadFailed' : 'earlierLoading')} />
      </div>
    );
  }
  if (!found || found.inquiries.length === 0) return null;

  const followUpOf = (inquiry: Inquiry) =>
    followUpMessage({
      subject: inquiry.subject,
      fields: inquiry.fields,
      firstSentAt: inquiry.firstSentAt ?? inquiry.createdAt,
      profile: settings.profile,
      language: settings.language,
    }).body;

  const followUp = async (inquiry: Inquiry) => {
    setFollowing(inquiry.id);
    const outcome = await onCopy(followUpOf(inquiry));
    const words = { copied: 'earlierFollowUpCopied', failed: 'statusCopyFailed', declined: 'statusDeclined' } as const;
    setNotice({ kind: outcome === 'failed' ? 'error' : 'status', text: t(words[outcome]) });
  };

  /** An action failed: the panel says why. */
  const sayFailed = (error: unknown) => setNotice({ kind: 'error', text: t('earlierFailed', String((error as Error)?.message ?? error)) });

  // The case file opens as the extension's own page, by the background: this frame's address may be the
  // per-session one of a web-accessible page, where a relative link would not reach the case file.
  const openCase = async (inquiry: Inquiry, escalation = false) => {
    try {
      if (!(await sendMessage(escalation ? 'openEscalation' : 'openCase', inquiry.id))) throw new Error('refused');
    } catch (error) {
      sayFailed(error);
    }
  };

  const markSent = async (inquiry: Inquiry) => {
    try {
      const result = await sendMessage('followedUp', inquiry.id);
      if (!result.ok) throw new Error(result.error);
      setFollowing(undefined);
      setNotice({ kind: 'status', text: t('earlierFollowUpRecorded') });
      await load();
    } catch (error) {
      sayFailed(error);
    }
  };

  const { inquiries, now: current } = found;
  return (
    <details class="mh-earlier" data-testid="mh-earlier" data-count={String(inquiries.length)} open>
      <summary>{t(context.orderId ? 'earlierAboutOrder' : 'earlierAboutProduct', inquiries.length)}</summary>
      <ul class="mh-earlier-list">
        {inquiries.map((inquiry) => (
          <EarlierItem
            key={inquiry.id}
            inquiry={inquiry}
            now={current}
            followUp={following === inquiry.id ? followUpOf(inquiry) : undefined}
            onFollowUp={() => void followUp(inquiry)}
            onOpenCase={() => void openCase(inquiry)}
            onEscalate={() => void openCase(inquiry, true)}
            onSent={() => void markSent(inquiry)}
          />
        ))}
      </ul>
      {notice && (
        <p class={notice.kind === 'error' ? 'mh-error' : 'mh-status'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="mh-earlier-notice">
          {notice.text}
        </p>
      )}
    </details>
  );
}

/**
 * The inquiries about the page's order or product, read again when `reload` changes; which one's follow-up
 * is on show; what the panel last said of them.
 */
function useEarlier({ marketplace, orderId, article }: PageContext, reload: string) {
  const [found, setFound] = useState<Found>(undefined);
  const [following, setFollowing] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<Notice>(undefined);

  const load = async () => {
    const { inquiries, now: current } = await sendMessage('inquiriesAbout', { marketplace, orderId, article });
    // Overdue first, then the newest.
    inquiries.sort((a, b) => Number(nextStep(b, current).overdue) - Number(nextStep(a, current).overdue));
    setFound({ inquiries, now: current });
  };

  useEffect(() => {
    setFollowing(undefined);
    setNotice(undefined);
    if (!orderId && !article) return setFound(undefined);
    // What was shown stays while it is read again; only the first reading says it is looking.
    setFound((shown) => (typeof shown === 'object' ? shown : 'loading'));
    void load().catch(() => setFound('failed'));
  }, [marketplace, orderId, article, reload]);

  return { found, following, setFollowing, notice, setNotice, load };
}

/** One earlier inquiry: where it stands, when its answer is due, its one next step; `followUp`: the reminder on show. */
function EarlierItem({ inquiry, now, followUp, onFollowUp, onOpenCase, onEscalate, onSent }: {
  inquiry: Inquiry;
  now: number;
  followUp: string | undefined;
  onFollowUp: () => void;
  onOpenCase: () => void;
  onEscalate: () => void;
  onSent: () => void;
}) {
  const t = useT();
  const format = useFormat();
  // The panel reads no events: an escalated inquiry is taken to await the claim's answer.
  const next = nextStep(inquiry, now);
  const { overdue } = next;
  const due = next.dueAt !== undefined ? format.date(moscowDate(next.dueAt)) : '';
  const step = overdue ? STEP[next.step ?? ''] : undefined;
  return (
    <li
      class={overdue ? 'mh-earlier-item mh-overdue' : 'mh-earlier-item'}
      data-testid="mh-earlier-inquiry"
      data-id={inquiry.id}
      data-status={inquiry.status}
      data-overdue={String(overdue)}
      data-step={next.step ?? ''}
    >
      <div class="mh-earlier-head">
        <StatusChip status={inquiry.status} overdue={overdue} testid="mh-earlier-status" />
        <time dateTime={new Date(inquiry.createdAt).toISOString()}>{format.dateTime(inquiry.createdAt)}</time>
      </div>
      <p class="mh-earlier-subject">{inquiry.subject}</p>
      {due && (
        <p class={overdue ? 'due overdue-note' : 'due'} data-testid="mh-earlier-due" data-overdue={String(overdue)}>
          <Icon name={overdue ? 'alert' : 'clock'} />
          {overdue ? t('popupOverdue', due) : t('earlierWaiting', due)}
        </p>
      )}
      <div class="actions">
        {step && (
          <button
            type="button"
            class="primary small"
            data-testid={step.testid}
            onClick={next.step === 'follow-up' ? onFollowUp : onEscalate}
          >
            <Icon name={step.icon} />
            {t(step.label)}
          </button>
        )}
        <button type="button" class="quiet small" data-testid="mh-earlier-case" onClick={onOpenCase}>
          <Icon name="external" />
          {t('openCase')}
        </button>
      </div>
      {followUp !== undefined && (
        <div class="mh-follow-up" data-testid="mh-follow-up">
          <textarea data-testid="mh-follow-up-text" rows={6} readOnly value={followUp} aria-label={t('actionFollowUp')} />
          <div class="actions">
            <button type="button" class="primary small" data-testid="mh-follow-up-sent" onClick={onSent}>
              {t('followUpSent')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

/** The steps the panel offers once an answer is overdue; the others are the case file's. */
const STEP: Record<string, { label: MessageKey; icon: IconName; testid: string } | undefined> = {
  'follow-up': { label: 'actionFollowUp', icon: 'bell', testid: 'mh-earlier-follow-up' },
  claim: { label: 'actionClaim', icon: 'legal', testid: 'mh-earlier-claim' },
  complaint: { label: 'actionComplaint', icon: 'legal', testid: 'mh-earlier-complaint' },
};
