/** The claim to the seller (or the demand to the aggregator's owner): its addressees, title, ground and demand by situation, deadline, consequences. */
import { byGender, genderOf } from '@/utils/templates';
import { rubles, type Deadline, type Penalty } from '../deadlines';
import { inWords, RATES, TERMS } from '../terms';
import { LAW_GENITIVE, LAW_INSTRUMENTAL, ozonOperator } from '../law';
import { claimAttachments } from './attachments';
import { defectStatementAndDemand } from './claim-defect';
import { lateDemandStatementAndDemand } from './claim-demand-late';
import { notDeliveredStatementAndDemand } from './claim-not-delivered';
import { returnStatementAndDemand } from './claim-return';
import { incompleteStatementAndDemand, wrongItemStatementAndDemand } from './claim-wrong-item';
import type { EscalationInput } from './input';
import { aggregatorDemand, aggregatorOf, ozonSells, sellerOf } from './parties';
import { attachmentsPart, factsPart, fromPart, paymentPart, sellerLine, signaturePart, timelinePart } from './parts';
import { moneyDemanded } from './requirements';
import type { DocumentPart } from './result';

/** The ground and the demand for the situation; the complaint restates the ground. */
export function statementAndDemand(input: EscalationInput, deadlines: Deadline[], penalty: Penalty | undefined): DocumentPart[] {
  switch (input.situation) {
    case 'return':
      return returnStatementAndDemand(input, deadlines);
    case 'defect':
      return defectStatementAndDemand(input);
    case 'demand-late':
      return lateDemandStatementAndDemand(input, deadlines, penalty);
    case 'not-delivered':
      return notDeliveredStatementAndDemand(input, penalty);
    case 'wrong-item':
      return wrongItemStatementAndDemand(input, penalty);
    case 'incomplete':
      return incompleteStatementAndDemand(input);
  }
}

/** What the law gives in each case if the claim is refused: only that, and what the regulator does. */
function consequencesPart(input: EscalationInput): DocumentPart {
  const regulator =
    ', а также сообщить о нарушении в Роспотребнадзор, осуществляющий государственный контроль (надзор) за соблюдением ' +
    'обязательных требований в области защиты прав потребителей (ст. 40 Закона).';
  const fine =
    `компенсации морального вреда (ст. 15 Закона) и штрафа в размере ${RATES['fine-13.6'].words} от присуждённой суммы за отказ добровольно ` +
    'удовлетворить требования потребителя (п. 6 ст. 13 Закона)';
  const regulatorEn = ' Rospotrebnadzor supervises the law’s mandatory requirements (art. 40); it does not decide civil disputes or collect money for you — a court does.';
  const mustGo = byGender(
    { female: 'я буду вынуждена обратиться', male: 'я буду вынужден обратиться', neutral: 'мне придётся обратиться' },
    genderOf(input.profile),
  );
  const interest = 'процентов за пользование чужими денежными средствами (ст. 395 ГК РФ)';
  if (aggregatorDemand(input)) {
    // Legal review M6. That ст. 15 and п. 6 ст. 13 name the aggregator's owner is the review's reading, not
    // checked: the copies of ст. 15 read on 07.12.2026 (pnadzor.ru, mr-k.ru, 2022 edition) list the
    // manufacturer, performer, seller, authorised organisation and importer only. Не проверено: the gloss says so.
    return {
      id: 'consequences',
      text:
        `В случае невозврата суммы предварительной оплаты в указанный срок ${mustGo} в суд с требованием о взыскании ` +
        `суммы предварительной оплаты, ${interest}, ${fine}${regulator} ` +
        'Неустойку за нарушение срока передачи предварительно оплаченного товара (п. 3 ст. 23.1 Закона) я вправе требовать от продавца.',
      en:
        'What follows if the prepayment is not refunded: a court claim for it, with interest under Civil Code art. 395 on the money kept, moral damages (art. 15) and the 50 % fine (art. 13(6)); that arts. 13(6) and 15 name the aggregator’s owner was not checked in their text. The late-delivery penalty (art. 23.1(3)) is claimed from the seller.' +
        regulatorEn,
    };
  }
  const start = `В случае отказа или неполучения ответа в указанный срок ${mustGo} в суд с требованием `;
  const price = input.price ? ` (${rubles(input.price)})` : '';
  const paid = input.prepayment ?? input.price;
  const prepayment = paid ? ` (${rubles(paid)})` : '';
  if (input.situation === 'wrong-item' || input.situation === 'incomplete') {
    // The penalty named is the one the case has: art. 23.1's for a prepaid wrong item, art. 23's for a refund or price cut.
    const sanction =
      input.situation === 'wrong-item'
        ? input.prepaid ? ['взыскании неустойки (п. 3 ст. 23.1 Закона), ', ' the penalty of art. 23.1(3),'] : ['', '']
        : input.remedy === 'deliver' ? ['', ''] : ['взыскании неустойки (п. 1 ст. 23 Закона), ', ' the penalty of art. 23(1),'];
    return {
      id: 'consequences',
      text: `${start}об удовлетворении изложенного требования, ${sanction[0]}${fine}${regulator}`,
      en: `What follows if nobody answers: a court claim for what you demand,${sanction[1]} moral damages (art. 15) and the 50 % fine (art. 13(6)).${regulatorEn}`,
    };
  }
  // A late demand's consequences follow its basis: a late refund of a return is the return's, a late prepayment refund art. 23.1's.
  const basis = input.situation === 'demand-late' ? { return: 'return', prepayment: 'not-delivered', defect: 'defect' }[input.lateBasis ?? 'defect'] : input.situation;
  switch (basis) {
    case 'return':
      // Legal review M7: a late refund of a return bears ст. 395 ГК interest, never art. 23's 1 % (it covers arts. 20–22).
      return {
        id: 'consequences',
        text: `${start}о взыскании уплаченной за товар суммы${price}, ${interest}, ${fine}${regulator}`,
        en: 'What follows if nobody answers: a court claim for the price, interest under Civil Code art. 395 on the money kept past the ten days, moral damages (art. 15) and the 50 % fine (art. 13(6)). No art. 23 penalty: it covers the demands of arts. 20–22, not a return of goods of proper quality.' + regulatorEn,
      };
    case 'not-delivered': {
      // A new delivery date asks for the goods, not the prepayment back (legal review m5); losses: п. 2 ст. 23.1.
      const goods = input.situation === 'not-delivered' && input.remedy !== 'refund';
      return {
        id: 'consequences',
        text:
          `${start}${goods ? 'о передаче оплаченного товара' : `о взыскании суммы предварительной оплаты товара${prepayment}`}, ` +
          `${goods ? 'о взыскании ' : ''}неустойки (п. 3 ст. 23.1 Закона), убытков, причинённых нарушением срока передачи товара (п. 2 ст. 23.1 Закона), ${fine}${regulator}`,
        en: `What follows if nobody answers: a court claim for ${goods ? 'the goods' : 'the prepayment itself'}, with the penalty of art. 23.1(3), the losses the delay caused (art. 23.1(2)), moral damages (art. 15) and the 50 % fine (art. 13(6)).` + regulatorEn,
      };
    }
    default:
      return {
        id: 'consequences',
        text: `${start}об удовлетворении изложенного требования, взыскании неустойки (п. 1 ст. 23 Закона), ${fine}${regulator}`,
        en: 'What follows if nobody answers: a court claim for the remedy with the penalty of art. 23(1), moral damages (art. 15) and the 50 % fine (art. 13(6)).' + regulatorEn,
      };
  }
}

export function claimParts(
  input: EscalationInput,
  deadlines: Deadline[],
  penalty: Penalty | undefined,
  attachments: string[] = claimAttachments(input),
): DocumentPart[] {
  const { inquiry } = input;
  const seller = sellerOf(input);
  const operator = ozonOperator(input.corrections);
  const toAggregator = aggregatorDemand(input);
  const to: string[] = [];
  let toEn: string;
  if (toAggregator) {
    const aggregator = aggregatorOf(input)!;
    to.push(`Кому: ${sellerLine(aggregator, true)} (владелец агрегатора, получивший предварительную оплату)`);
    to.push(`Копия: ${sellerLine(seller, true)} (продавец)`);
    toEn = 'To: the aggregator’s owner that took your prepayment (art. 12(2.4)), with the seller in copy.';
  } else {
    to.push(`Кому: ${sellerLine(seller, true)} (продавец)`);
    if (inquiry.marketplace === 'ozon' && !ozonSells(input)) to.push(`Копия: ${operator.name}, ${operator.role}, ${operator.address}`);
    toEn =
      'To: the seller as a legal entity (name, ИНН or ОГРН, address — from the seller’s page on the marketplace; a shop’s display name is not an addressee)' +
      (inquiry.marketplace === 'ozon'
        ? ozonSells(input)
          ? '. Ozon itself sold the goods: Internet Resheniya LLC is the seller and is named once.'
          : ', and Ozon’s platform operator, Internet Resheniya LLC, as co-addressee (in copy).'
        : '.');
  }
  const money = moneyDemanded(input, penalty);
  const parts: (DocumentPart | undefined)[] = [
    { id: 'to', text: to.join('\n'), en: toEn },
    fromPart(input.profile),
    toAggregator
      ? {
          id: 'title',
          text: `ТРЕБОВАНИЕ\nо возврате суммы предварительной оплаты товара (п. 2.4 ст. 12 ${LAW_GENITIVE})`,
          en: 'Title: a demand for the prepayment back, under art. 12(2.4) of the consumer-rights law.',
        }
      : {
          id: 'title',
          text: `ПРЕТЕНЗИЯ\n(досудебная, в соответствии с ${LAW_INSTRUMENTAL})`,
          en: 'Title: a pre-trial claim under the consumer-rights law.',
        },
    factsPart(input),
    timelinePart(input),
    ...statementAndDemand(input, deadlines, penalty),
    money ? paymentPart(input) : undefined,
    {
      id: 'deadline',
      text: `Ответ прошу дать в письменной форме в течение ${inWords('claim-answer')} со дня получения ${toAggregator ? 'настоящего требования' : 'настоящей претензии'}.`,
      en: `The deadline: an answer in writing within ${TERMS['claim-answer'].amount} calendar days of the day the ${toAggregator ? 'aggregator' : 'seller'} receives this (Civil Code art. 165.1: a demand takes effect on delivery), not of today — a registered letter arrives days later. Keep the proof of delivery.`,
    },
    consequencesPart(input),
    attachmentsPart(input, attachments),
    signaturePart(input),
  ];
  return parts.filter((p): p is DocumentPart => p !== undefined);
}
