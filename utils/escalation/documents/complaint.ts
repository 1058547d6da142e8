/** The complaint to Rospotrebnadzor: the seller, and the marketplace's operator only for its own duties. */
import { moscowDate } from '@/utils/calendar/moscow';
import { isIsoDate, type Deadline, type Penalty } from '../deadlines';
import { FILING, LAW_INSTRUMENTAL, ozonOperator } from '../law';
import { statementAndDemand } from './claim';
import { dateOf, documentDate, filled } from './format';
import type { EscalationInput } from './input';
import { aggregatorDemand, ozonSells, sellerOf } from './parties';
import { attachmentsPart, factsPart, fromPart, sellerLine, signaturePart, timelinePart } from './parts';
import type { DocumentPart } from './result';

/** The operator's own duties the complaint may name it for: the seller's details (art. 9(1.2)), the prepayment (art. 12(2.4)). */
function operatorDuties(input: EscalationInput): { ru: string[]; en: string[] } {
  const ru: string[] = [];
  const en: string[] = [];
  const aggregator = input.inquiry.marketplace === 'ozon' ? ozonOperator(input.corrections).name : input.aggregator?.name?.trim();
  if (!aggregator || ozonSells(input)) return { ru, en };
  if (input.operatorFailedSellerInfo) {
    ru.push(`Владелец агрегатора ${aggregator} не довёл до сведения потребителя информацию о продавце (п. 1.2 ст. 9 Закона).`);
    en.push('the seller’s details not given (art. 9(1.2))');
  }
  if (aggregatorDemand(input)) {
    ru.push(
      `Владелец агрегатора ${aggregator}, получивший предварительную оплату, не возвратил её в течение десяти календарных дней со дня предъявления требования (п. 2.4 ст. 12 Закона).`,
    );
    en.push('the prepayment not refunded within 10 calendar days (art. 12(2.4))');
  }
  return { ru, en };
}

export function complaintParts(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  const { inquiry } = input;
  const seller = sellerOf(input);
  const duties = operatorDuties(input);
  const subjects = [sellerLine(seller, filled(seller.address))];
  if (duties.ru.length) {
    const operator = inquiry.marketplace === 'ozon' ? ozonOperator(input.corrections) : { name: input.aggregator!.name!.trim(), role: 'владелец агрегатора', address: input.aggregator!.address ?? '' };
    subjects.push([`${operator.name} (${operator.role})`, operator.address].filter(Boolean).join(', '));
  }
  const claim = input.events.filter((e) => e.type === 'claim').sort((a, b) => a.at - b.at)[0];
  const replies = input.events.filter((e) => e.type === 'reply');
  const answered = claim ? replies.some((r) => r.at >= claim.at) : replies.length > 0;
  const received = isIsoDate(input.dates.claimReceived) ? input.dates.claimReceived : undefined;
  const asked = statementAndDemand(input, deadlines, penalty).find((p) => p.id === 'statement')!;
  const parts: (DocumentPart | undefined)[] = [
    {
      id: 'to',
      text: 'В Федеральную службу по надзору в сфере защиты прав потребителей и благополучия человека (Роспотребнадзор)',
      en: `To: Rospotrebnadzor, which passes it to the territorial office. ${FILING.en}`,
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
      text:
        asked.text +
        (claim
          ? ` ${documentDate(moscowDate(claim.at))} продавцу направлена претензия${received ? `, получена им ${documentDate(received)}` : ''}; ${answered ? 'полученный ответ требований не удовлетворяет' : 'ответа на неё не получено'}.`
          : answered
            ? ' Полученные ответы требований не удовлетворяют.'
            : ' На мои обращения ответа не получено.') +
        (duties.ru.length ? ` ${duties.ru.join(' ')}` : ''),
      en: 'What you asked of the seller and what it answered: the ground for your demand, whether the claim went unanswered or was refused, and the operator’s own breach where there is one.',
    },
    {
      id: 'request',
      text:
        `Прошу провести проверку изложенных фактов, принять меры в отношении нарушителя в соответствии с ${LAW_INSTRUMENTAL} ` +
        'и сообщить мне о результатах рассмотрения жалобы.',
      en: 'The request: an inspection of the facts, measures against the company, and an answer to you. Rospotrebnadzor does not decide civil disputes or collect the money for you (art. 40): that is for a court.',
    },
    attachmentsPart(input, [
      'Копия кассового чека или иного документа об оплате.',
      ...(claim ? [`Копия претензии от ${dateOf(claim.at)} и подтверждение её направления.`] : []),
    ]),
    signaturePart(input),
  ];
  return parts.filter((p): p is DocumentPart => p !== undefined);
}
