/** A defect (arts. 18–22): the remedy chosen and its term, technically complex goods, the warranty, the quality check. */
import { byGender, genderOf } from '@/utils/templates';
import { termText, warrantyCase, type Remedy } from '../deadlines';
import { inWords, inWordsAccusative, RATES, TERMS } from '../terms';
import { LAW_GENITIVE } from '../law';
import { documentDate } from './format';
import type { ComplexGround, EscalationInput } from './input';
import { complexAfterFifteenDays, defectDeclaredOn, demandMadeOn } from './requirements';
import { demandExtras, demandSum, substitutePart } from './defect-extras';
import type { DocumentPart } from './result';

/** Each remedy as the claim demands it; a late demand restates the earlier one in the same words. */
export const REMEDY_DEMAND: Record<Remedy, string> = {
  refund: 'вернуть уплаченную за товар сумму',
  discount: 'соразмерно уменьшить покупную цену товара',
  replace: 'заменить товар на товар этой же марки (модели, артикула)',
  'replace-other': 'заменить товар на такой же товар другой марки (модели, артикула) с соответствующим перерасчётом покупной цены',
  'repair-costs': 'возместить расходы на исправление недостатков товара',
  repair: 'безвозмездно устранить недостатки товара',
  deliver: 'передать оплаченный товар',
};

/**
 * "в течение семи дней со дня предъявления требования (п. 1 ст. 21 Закона)": each remedy's own term, as its
 * article gives it. A replacement is demanded in seven days: the twenty days and the month of art. 21(1) are
 * for the seller to invoke (an extra check, no goods in stock), never for the buyer to grant (M3).
 */
export function remedyTermPhrase(input: Pick<EscalationInput, 'repairDays'>, remedy: Remedy): { ru: string; en: string } {
  if (remedy === 'replace' || remedy === 'replace-other') {
    return { ru: `в течение ${inWords('replace')} со дня предъявления требования (п. 1 ст. 21 Закона)`, en: `within ${TERMS.replace.amount} days of the demand (art. 21(1))` };
  }
  if (remedy === 'repair') {
    if (input.repairDays && input.repairDays > 0) {
      return {
        ru: `в срок, согласованный сторонами в письменной форме, — в течение ${termText({ days: input.repairDays })} со дня предъявления требования (п. 1 ст. 20 Закона: не более ${inWords('repair-max')})`,
        en: `within the ${input.repairDays} days agreed in writing (art. 20(1): such a term may not exceed 45 days)`,
      };
    }
    return {
      ru:
        'незамедлительно, то есть в минимальный срок, объективно необходимый для их устранения (п. 1 ст. 20 Закона); ' +
        `срок устранения недостатков в любом случае не может превышать ${inWords('repair-max')}`,
      en: 'without delay, in the shortest time the repair objectively needs (art. 20(1)); 45 days, the most a written agreement may set, are treated as the outer limit',
    };
  }
  return { ru: `в течение ${inWords('refund')} со дня предъявления требования (ст. 22 Закона)`, en: `within ${TERMS.refund.amount} days of the demand (art. 22)` };
}

const COMPLEX_GROUND_TEXT: Record<ComplexGround, string> = {
  'substantial-defect': 'обнаружение существенного недостатка товара',
  'repair-terms-broken': 'нарушение установленных Законом сроков устранения недостатков товара',
  'unusable-30-days':
    `невозможность использования товара в течение каждого года гарантийного срока в совокупности более чем ${inWordsAccusative('unusable-30-days')} вследствие неоднократного устранения его различных недостатков`,
};

/** Art. 19's case for the defect, in the claim's words (the seller's burden within the warranty, the buyer's after). */
function warrantySentence(input: EscalationInput): string {
  const months = input.warrantyMonths!;
  const w = warrantyCase(input.dates.delivered!, months, defectDeclaredOn(input));
  switch (w.case) {
    case 'within-warranty':
      return (
        ` Недостаток обнаружен в течение гарантийного срока (${months} мес. со дня передачи товара, до ${documentDate(w.warrantyEnds!)}), ` +
        'поэтому продавец отвечает за него, если не докажет, что он возник после передачи товара вследствие нарушения ' +
        'потребителем правил использования, хранения или транспортировки товара, действий третьих лиц или непреодолимой силы ' +
        '(п. 6 ст. 18 Закона).'
      );
    case 'after-warranty':
      return (
        ` Гарантийный срок (${months} мес.) истёк ${documentDate(w.warrantyEnds!)}, однако недостаток обнаружен в пределах двух лет ` +
        'со дня передачи товара: он возник до передачи товара или по причинам, возникшим до этого момента (п. 5 ст. 19 Закона).'
      );
    case 'no-warranty':
      return (
        ' Гарантийный срок на товар не установлен; недостаток обнаружен в разумный срок, в пределах двух лет со дня передачи ' +
        'товара (п. 1 ст. 19 Закона), и возник до его передачи или по причинам, возникшим до этого момента (п. 6 ст. 18 Закона).'
      );
    case 'too-late':
      return '';
  }
}

function warrantyEn(input: EscalationInput): string {
  const w = warrantyCase(input.dates.delivered!, input.warrantyMonths!, defectDeclaredOn(input));
  return {
    'within-warranty': ' Within the warranty the seller must prove you caused the defect (art. 18(6)).',
    'after-warranty': ' The warranty has ended but two years have not: you must prove the defect predates delivery (art. 19(5)) — an expert’s report does.',
    'no-warranty': ' With no warranty, within two years of delivery, you must prove the defect predates delivery (arts. 18(6), 19(1)).',
    'too-late': ' The warranty and two years from delivery have passed: the law’s terms for these demands have run out (art. 19).',
  }[w.case];
}

/**
 * The fact the fifteen days rest on, as the claim states it: the day the demand was made, which is in time
 * when posted by midnight of the last day (Civil Code art. 194(2)), whenever the seller receives it.
 */
function withinFifteenDays(input: EscalationInput): string {
  const made = demandMadeOn(input);
  return made === input.today
    ? ` Настоящее требование предъявлено в пределах ${inWords('complex-goods')} со дня передачи товара (абз. 8 п. 1 ст. 18 Закона).`
    : ` Требование предъявлено ${documentDate(made)}, то есть в пределах ${inWords('complex-goods')} со дня передачи товара (абз. 8 п. 1 ст. 18 Закона; п. 2 ст. 194 ГК РФ).`;
}

export function defectStatementAndDemand(input: EscalationInput): DocumentPart[] {
  const remedy = input.remedy ?? 'refund';
  const phrase = remedyTermPhrase(input, remedy);
  const list = `перечень технически сложных товаров утверждён постановлением Правительства РФ от 10.11.2011 № 924`;
  const moneyOrReplace = remedy === 'refund' || remedy === 'replace' || remedy === 'replace-other';
  const extras = demandExtras(input, remedy);
  const substitute = substitutePart(input, remedy);
  const complex = !input.technicallyComplex
    ? ''
    : !complexAfterFifteenDays(input)
      ? ` Товар является технически сложным (${list}): в течение ${inWords('complex-goods')} со дня передачи потребитель вправе ` +
        'отказаться от исполнения договора и потребовать возврата уплаченной суммы либо замены товара при любом недостатке (п. 1 ст. 18 Закона).' +
        (moneyOrReplace ? withinFifteenDays(input) : '')
      : moneyOrReplace
        ? ` Товар является технически сложным (${list}). По истечении ${inWords('complex-goods')} со дня передачи требование о возврате ` +
          `уплаченной суммы или о замене подлежит удовлетворению в случаях, перечисленных в п. 1 ст. 18 Закона; в данном случае основанием является ` +
          `${COMPLEX_GROUND_TEXT[input.complexGround!]}.`
        : ` Товар является технически сложным (${list}).`;
  return [
    {
      id: 'statement',
      text:
        `В товаре обнаружен недостаток, о котором продавец меня не предупредил. Согласно п. 1 ст. 18 ${LAW_GENITIVE} ` +
        'потребитель вправе по своему выбору потребовать замены товара, соразмерного уменьшения цены, безвозмездного ' +
        'устранения недостатков либо отказаться от исполнения договора и потребовать возврата уплаченной суммы.' +
        complex +
        warrantySentence(input),
      en:
        'The ground: art. 18 gives you the choice of remedy for a defect. For technically complex goods (Decree 924’s list) a refund or replacement is yours within 15 days of delivery; later only on a ground art. 18(1) lists, which the claim names.' +
        warrantyEn(input),
    },
    {
      id: 'demand',
      text:
        // A refund is the buyer's withdrawal from the contract (п. 1 ст. 18): the claim says so.
        `${remedy === 'refund' ? 'Отказываюсь от исполнения договора купли-продажи и прошу ' : 'Прошу '}${REMEDY_DEMAND[remedy]}${demandSum(input, remedy)} ${phrase.ru}. За нарушение этого срока ` +
        `продавец уплачивает неустойку в размере ${RATES['penalty-23'].words} цены товара за каждый день просрочки (п. 1 ст. 23 Закона).` +
        extras.ru,
      en: `The demand: the remedy you chose, ${phrase.en}, with the 1 % a day penalty of art. 23(1) named.${extras.en}`,
    },
    ...(substitute ? [substitute] : []),
    {
      id: 'quality-check',
      text:
        'Прошу заблаговременно сообщить мне дату, время и место проверки качества товара: я желаю участвовать в ней, а в случае ' +
        'экспертизы — присутствовать при её проведении (п. 5 ст. 18 Закона). ' +
        byGender(
          { female: 'Готова передать товар продавцу.', male: 'Готов передать товар продавцу.', neutral: 'Товар передам продавцу по его требованию.' },
          genderOf(input.profile),
        ) +
        (input.large
          ? ` ${input.large === 'heavy' ? 'Вес товара превышает пять килограммов' : 'Товар является крупногабаритным'}: его доставка для ремонта, ` +
            'уценки, замены и (или) возврата осуществляется силами и за счёт продавца (п. 7 ст. 18 Закона).'
          : ''),
      en:
        'The quality check (art. 18(5)): you ask to be told when and where it takes place, to attend it (and any expert examination), and you offer the goods.' +
        (input.large ? ' Goods over 5 kg or bulky are carried by the seller, at its cost (art. 18(7)).' : ''),
    },
  ];
}
