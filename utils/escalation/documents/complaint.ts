/** The complaint to Rospotrebnadzor: the seller, and the marketplace's operator only for its own duties. */
import { moscowDate } from '@/utils/calendar/moscow';
import { isIsoDate, type Deadline, type Penalty } from '../deadlines';
import { inWords } from '../terms';
import { COMPLAINT_RECEPTION, FILING, ozonOperator } from '../law';
import { claimOnRecord, complaintAttachments } from './attachments';
import { statementAndDemand } from './claim';
import { breachSentence } from './complaint-breach';
import { documentDate, filled } from './format';
import type { EscalationInput } from './input';
import { aggregatorDemand, aggregatorOf, ozonSells, sellerOf } from './parties';
import { attachmentsPart, factsPart, fromPart, sellerLine, signaturePart, timelinePart } from './parts';
import type { DocumentPart } from './result';

/** The operator's own duties the complaint may name it for: the seller's details (art. 9(1.2)), the prepayment (art. 12(2.4)). */
function operatorDuties(input: EscalationInput, deadlines: Deadline[]): { ru: string[]; en: string[] } {
  const ru: string[] = [];
  const en: string[] = [];
  const aggregator = input.inquiry.marketplace === 'ozon' ? ozonOperator(input.corrections).name : input.aggregator?.name?.trim();
  if (!aggregator || ozonSells(input)) return { ru, en };
  if (input.operatorFailedSellerInfo) {
    ru.push(`Владелец агрегатора ${aggregator} не довёл до сведения потребителя информацию о продавце (п. 1.2 ст. 9 Закона).`);
    en.push('the seller’s details not given (art. 9(1.2))');
  }
  if (aggregatorDemand(input)) {
    // With the demand's receipt known, the breach sentence gives the term's last day and the article instead.
    if (!deadlines.some((d) => d.id === 'prepayment-refund')) {
      ru.push(
        `Владелец агрегатора ${aggregator}, получивший предварительную оплату, не возвратил её в течение ${inWords('aggregator-refund')} со дня предъявления требования: ` +
          'тем самым нарушены обязательные требования п. 2.4 ст. 12 Закона.',
      );
    }
    en.push('the prepayment not refunded within 10 calendar days (art. 12(2.4))');
  }
  return { ru, en };
}

export function complaintParts(
  input: EscalationInput,
  deadlines: Deadline[],
  penalty: Penalty | undefined,
  attachments: string[] = complaintAttachments(input),
): DocumentPart[] {
  const { inquiry } = input;
  const seller = sellerOf(input);
  const duties = operatorDuties(input, deadlines);
  const subjects = [sellerLine(seller, filled(seller.address))];
  if (duties.ru.length) {
    const operator = inquiry.marketplace === 'ozon' ? ozonOperator(input.corrections) : { name: input.aggregator!.name!.trim(), role: 'владелец агрегатора', address: input.aggregator!.address ?? '' };
    subjects.push([`${operator.name} (${operator.role})`, operator.address].filter(Boolean).join(', '));
  }
  const claim = claimOnRecord(input);
  const replies = input.events.filter((e) => e.type === 'reply');
  const answered = claim ? replies.some((r) => r.at >= claim.at) : replies.length > 0;
  const received = isIsoDate(input.dates.claimReceived) ? input.dates.claimReceived : undefined;
  const asked = statementAndDemand(input, deadlines, penalty).find((p) => p.id === 'statement')!;
  const toAggregator = aggregatorDemand(input);
  // The demand for the prepayment went to the aggregator's owner, not to the seller (art. 12(2.4)).
  const sentTo = toAggregator
    ? `владельцу агрегатора ${aggregatorOf(input)!.name!.trim()} направлено требование о возврате суммы предварительной оплаты`
    : 'продавцу направлена претензия';
  const breach = breachSentence(input, deadlines, !!claim);
  const parts: (DocumentPart | undefined)[] = [
    {
      // By post, to the territorial office (legal review m1): the federal service would only forward it (59-ФЗ, ч. 3 ст. 8).
      id: 'to',
      text: 'В Управление Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека (Роспотребнадзора) по субъекту Российской Федерации по месту жительства заявителя',
      en: `To: Rospotrebnadzor’s territorial office of your region («Управление Роспотребнадзора по …»: its postal address is on rospotrebnadzor.ru), by post; or file it electronically through Gosuslugi (or ${COMPLAINT_RECEPTION}). ${FILING.en}`,
    },
    fromPart(input.profile),
    {
      id: 'title',
      text: `ЖАЛОБА\nна нарушение прав потребителя: ${subjects.join('; ')}`,
      en: duties.en.length
        ? `Title: a complaint naming the seller, and the marketplace’s operator for its own duties: ${duties.en.join('; ')}.`
        : 'Title: a complaint naming the seller. The marketplace’s operator is named only for its own duties (the seller’s details, art. 9(1.2); a prepayment it took, art. 12(2.4)).',
    },
    factsPart(input),
    timelinePart(input),
    {
      id: 'statement',
      text: [
        asked.text,
        claim
          ? `${documentDate(moscowDate(claim.at))} ${sentTo}${received ? `, ${toAggregator ? 'получено' : 'получена'} им ${documentDate(received)}` : ''}; ${answered ? 'полученный ответ требований не удовлетворяет' : `ответа на ${toAggregator ? 'него' : 'неё'} не получено`}.`
          : answered
            ? 'Полученные ответы требований не удовлетворяют.'
            : 'На мои обращения ответа не получено.',
        breach.ru,
        ...duties.ru,
      ]
        .filter(Boolean)
        .join(' '),
      en: 'What you asked and what came of it: the ground, whether the claim went unanswered or was refused, what you demanded (with the sum), which term ran out (its article and last day) and which of the law’s mandatory requirements was thereby broken — what Rospotrebnadzor examines — and the operator’s own breach where there is one.',
    },
    {
      id: 'request',
      text:
        'Прошу рассмотреть жалобу, принять меры, предусмотренные Федеральным законом от 31.07.2020 № 248-ФЗ «О государственном контроле (надзоре) ' +
        'и муниципальном контроле в Российской Федерации», в том числе объявить предостережение о недопустимости нарушения обязательных требований, ' +
        `рассмотреть вопрос о привлечении нарушителя к административной ответственности${input.operatorFailedSellerInfo && duties.ru.length ? ' (в том числе по ч. 1 ст. 14.8 КоАП РФ за непредоставление информации о продавце)' : ''} ` +
        'и сообщить мне о результатах рассмотрения жалобы.',
      en: 'The request: that Rospotrebnadzor consider the complaint and take the measures of the supervision law (248-FZ), a warning (предостережение) among them — an inspection is rarely possible under it — and consider administrative liability. It does not decide civil disputes or collect the money for you (art. 40): that is for a court.',
    },
    attachmentsPart(input, attachments),
    signaturePart(input),
  ];
  return parts.filter((p): p is DocumentPart => p !== undefined);
}
