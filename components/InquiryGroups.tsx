/**
 * The list's rows, grouped as the shopper acts on them: the inquiries about the page in the tab first (pinned,
 * labelled), then «Нужно ваше действие», «Ждём ответа», «Решено», each under its heading
 * (utils/inquiries/next-step.ts says which group an inquiry is in). Also the events the rows need — the last
 * reply's words, a complaint told from a claim — read for the few inquiries that have them.
 */
import { useEffect, useState } from 'preact/hooks';
import { eventsOf } from '@/utils/db';
import type { Inquiry, InquiryEvent } from '@/utils/inquiries/model';
import { GROUPS, nextStep, type InquiryGroup, type NextStep } from '@/utils/inquiries/next-step';
import { ladder, runningClock } from '@/utils/inquiries/ladder';
import type { MessageKey } from '@/utils/platform/i18n';
import { InquiryRow } from './InquiryRow';
import { useT } from './settings';

type RowProps = Omit<Parameters<typeof InquiryRow>[0], 'inquiry' | 'next' | 'reply' | 'selected' | 'clock'>;

export interface Pinned {
  /** The heading: «Об этом товаре», «Об этом заказе». */
  label: string;
  about: (inquiry: Inquiry) => boolean;
}

const HEADING: Record<InquiryGroup, MessageKey> = { act: 'groupAct', wait: 'groupWait', done: 'groupDone' };

/** The reply's first words in a row: the rest is in the case file. */
const EXCERPT = 140;

/** Each inquiry's events, for those whose row tells more with them (a reply; a claim or a complaint). */
export function useRowEvents(inquiries: readonly Inquiry[]): Map<string, InquiryEvent[]> {
  const [events, setEvents] = useState(new Map<string, InquiryEvent[]>());
  const wanted = inquiries.filter((i) => i.status === 'answered' || i.status === 'escalated');
  const key = wanted.map((i) => `${i.id}:${i.updatedAt}`).join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(wanted.map(async (i) => [i.id, await eventsOf(i.id)] as const)).then(
      (read) => live && setEvents(new Map(read)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return events;
}

function lastReply(events: InquiryEvent[] | undefined): string | undefined {
  const reply = events?.filter((e) => e.type === 'reply').at(-1)?.detail;
  if (!reply) return undefined;
  const line = reply.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1)}…` : line;
}

/** Inquiries in the order shown: within a group, the overdue (longest first), then by due date, then the newest. */
function order(rows: { inquiry: Inquiry; next: NextStep }[]) {
  const rank = (next: NextStep) => (next.overdue ? 0 : next.dueAt !== undefined ? 1 : 2);
  return rows.sort(
    (a, b) =>
      rank(a.next) - rank(b.next) ||
      (a.next.dueAt ?? 0) - (b.next.dueAt ?? 0) ||
      b.inquiry.createdAt - a.inquiry.createdAt,
  );
}

export function InquiryGroups({ inquiries, now, shown, grouped, pinned, selected, clocks, row }: {
  inquiries: Inquiry[];
  now: number;
  /** How many rows are drawn (the rest on demand). */
  shown: number;
  /** In groups with headings (the popup); otherwise one list in the order given (the history page). */
  grouped?: boolean;
  pinned?: Pinned;
  selected?: string;
  /** Each row shows the marketplace's clock running now, if one is (the popup). */
  clocks?: boolean;
  row: RowProps;
}) {
  const t = useT();
  const events = useRowEvents(inquiries);
  const rows = inquiries.map((inquiry) => ({ inquiry, next: nextStep(inquiry, now, events.get(inquiry.id)) }));
  const sections: { key: string; label?: string; rows: typeof rows }[] = [];
  if (!grouped) sections.push({ key: 'all', rows });
  else {
    const own = pinned ? rows.filter((r) => pinned.about(r.inquiry)) : [];
    if (pinned && own.length) sections.push({ key: 'page', label: pinned.label, rows: order(own) });
    const rest = rows.filter((r) => !own.includes(r));
    for (const group of GROUPS) {
      const members = rest.filter((r) => r.next.group === group);
      if (members.length) sections.push({ key: group, label: t(HEADING[group]), rows: order(members) });
    }
  }
  let left = shown;
  return (
    <div class="inquiry-groups" data-testid="mh-inquiries" data-count={String(inquiries.length)}>
      {sections.map((section) => {
        const drawn = section.rows.slice(0, Math.max(0, left));
        left -= drawn.length;
        if (drawn.length === 0) return null;
        const heading = `mh-group-${section.key}-title`;
        return (
          <section key={section.key} class={`inquiry-group group-${section.key}`} data-testid={`mh-group-${section.key}`} data-count={String(section.rows.length)} aria-labelledby={section.label ? heading : undefined}>
            {section.label && (
              <h2 class="group-title" id={heading}>
                {section.label} <span class="group-count">{section.rows.length}</span>
              </h2>
            )}
            <ul class="inquiries">
              {drawn.map(({ inquiry, next }) => (
                <InquiryRow
                  key={inquiry.id}
                  {...row}
                  inquiry={inquiry}
                  next={next}
                  reply={lastReply(events.get(inquiry.id))}
                  clock={clocks ? runningClock(ladder(inquiry, now, events.get(inquiry.id)), now) : undefined}
                  selected={inquiry.id === selected}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
