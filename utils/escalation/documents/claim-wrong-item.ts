/**
 * Goods that do not match the order (legal review C2): a wrong item (ГК ст. 468; for a prepaid order,
 * art. 23.1 of the law) and an incomplete order (ГК ст. 466, 480; the law's preamble: a mismatch with the
 * contract is a defect, art. 18). Not a defect claim: no warranty, no quality check, and never «the same
 * brand» — the goods demanded are the ones ordered, named by their title and article.
 */
import { byGender, genderOf } from '@/utils/templates';
import { penaltyArithmetic, rubles, type Penalty } from '../deadlines';
import { inWords, RATES } from '../terms';
import { LAW_GENITIVE } from '../law';
import { documentDate } from './format';
import type { EscalationInput } from './input';
import type { DocumentPart } from './result';

/** «„Чайник электрический 1,7 л“, артикул 555000111»: the goods ordered, as the inquiry names them. */
export function orderedGoods(input: EscalationInput): string {
  const { title, article } = input.inquiry.fields;
  return [title?.trim() && `«${title.trim()}»`, article?.trim() && `артикул ${article.trim()}`].filter(Boolean).join(', ');
}

const PENALTY_23 = `За нарушение этого срока продавец уплачивает неустойку в размере ${RATES['penalty-23'].words} цены товара за каждый день просрочки (п. 1 ст. 23 Закона).`;

/** The wrong item offered back: the seller says where and how, and bears the cost of its own mistake. */
function goodsBack(input: EscalationInput, what: string): DocumentPart {
  const ready = byGender(
    { female: 'Готова возвратить продавцу', male: 'Готов возвратить продавцу', neutral: 'Продавцу будет возвращён' },
    genderOf(input.profile),
  );
  return {
    id: 'goods-back',
    text:
      `${ready} ${what}: прошу сообщить, куда и каким способом его передать. Расходы на возврат товара, переданного не в ` +
      'соответствии с договором, прошу отнести на продавца.',
    en: 'The goods that came are offered back: the seller is asked where and how to take them, at its own cost — the mistake was its own.',
  };
}

/** A wrong item instead of the goods ordered: those goods by a new date, or the money back; art. 23.1's penalty once a promised date passed. */
export function wrongItemStatementAndDemand(input: EscalationInput, penalty: Penalty | undefined): DocumentPart[] {
  const ordered = orderedGoods(input);
  const paid = rubles(input.price!);
  const received = input.mismatch!.trim().replace(/\.$/, '');
  const prepaid = input.prepaid === true;
  const late = penalty
    ? ` Срок передачи товара, указанный продавцом, — ${documentDate(input.dates.promised!)} — истёк, заказанный товар не передан. ` +
      `На ${documentDate(input.today)} просрочка составляет ${penalty.days} дн., неустойка по п. 3 ст. 23.1 Закона ` +
      `(${RATES['penalty-23.1'].words} суммы предварительной оплаты за каждый день, не более суммы предоплаты): ${penaltyArithmetic(penalty)}.`
    : '';
  const statement =
    `${documentDate(input.dates.delivered!)} мне передан товар, не соответствующий договору: вместо заказанного товара ${ordered}, ` +
    `передан другой товар — ${received}. Согласно ст. 468 ГК РФ при передаче товара в ассортименте, не соответствующем договору, ` +
    'покупатель вправе отказаться от его принятия и оплаты, а если он оплачен, потребовать возврата уплаченной суммы либо ' +
    'передачи товара в ассортименте, предусмотренном договором.' +
    (prepaid
      ? ` Товар оплачен заранее (${paid}). Согласно п. 2 ст. 23.1 ${LAW_GENITIVE} если продавец, получивший сумму предварительной оплаты, ` +
        'не передал товар, потребитель вправе потребовать передачи оплаченного товара в установленный им новый срок либо возврата суммы предварительной оплаты.'
      : ` Товар оплачен (${paid}).`) +
    late;
  // The penalty runs on to the handing over or the refund, up to the prepayment (абз. 2 п. 3 ст. 23.1; legal review m5).
  const until = input.remedy === 'deliver' ? 'передачи заказанного товара' : 'возврата предварительной оплаты';
  const onward = penalty?.capped ? ' With the penalty, already at its cap: the prepayment.' : ' With the penalty to date and for each further day until the goods or the money reach you, at most the prepayment (art. 23.1(3)).';
  const withPenalty = !penalty
    ? ''
    : ` и выплатить неустойку в размере ${rubles(penalty.amount)} на ${documentDate(input.today)}` +
      (penalty.capped
        ? ' (п. 3 ст. 23.1 Закона)'
        : `, а также по ${RATES['penalty-23.1'].words} суммы предварительной оплаты за каждый последующий день до дня ${until}, но не более суммы предварительной оплаты (абз. 2 п. 3 ст. 23.1 Закона)`);
  const demand =
    input.remedy === 'deliver'
      ? `Отказываюсь от принятия переданного товара и прошу передать заказанный товар — ${ordered} — в установленный мною новый срок, ` +
        `не позднее ${documentDate(input.dates.newDelivery!)} (${prepaid ? 'п. 2 ст. 23.1 Закона; ' : ''}ст. 468 ГК РФ)${withPenalty}.`
      : prepaid
        ? `Отказываюсь от переданного товара и прошу вернуть сумму предварительной оплаты ${paid} в течение ${inWords('prepayment-refund')} со дня ` +
          `предъявления настоящего требования (пп. 2, 4 ст. 23.1 Закона; п. 1 ст. 468 ГК РФ)${withPenalty}.`
        : `Отказываюсь от переданного товара и прошу вернуть уплаченную за него сумму ${paid} (п. 1 ст. 468 ГК РФ).`;
  return [
    {
      id: 'statement',
      text: statement,
      en:
        'The ground: Civil Code art. 468 — goods other than those ordered may be refused, with the money back or the goods ordered.' +
        (prepaid ? ' The order was prepaid, so art. 23.1 also applies: a new delivery date or the prepayment back.' : '') +
        (penalty ? ' The promised date has passed: 0.5 % of the prepayment a day from the day after it, at most the prepayment (art. 23.1(3)).' : ''),
    },
    {
      id: 'demand',
      text: demand,
      en:
        input.remedy === 'deliver'
          ? 'The demand: the goods ordered, named by title and article, by the date you set — not another unit of what came.' + (penalty ? onward : '')
          : 'The demand: the money back' + (prepaid ? ' within 10 days (art. 23.1(2), (4))' : '') + '.' + (penalty ? onward : ''),
    },
    goodsBack(input, `полученный вместо заказанного товар (${received})`),
  ];
}

/** An incomplete order: the missing part within a reasonable time, or a price cut by a sum, or the money back. */
export function incompleteStatementAndDemand(input: EscalationInput): DocumentPart[] {
  const ordered = orderedGoods(input);
  const missing = input.mismatch!.trim().replace(/\.$/, '');
  const statement =
    `${documentDate(input.dates.delivered!)} мне передан не весь заказанный товар ${ordered}: недостаёт — ${missing}. ` +
    'Согласно ст. 480 ГК РФ при передаче некомплектного товара покупатель вправе по своему выбору потребовать соразмерного ' +
    'уменьшения покупной цены либо доукомплектования товара в разумный срок; если передано меньшее количество товара, чем ' +
    'определено договором, — потребовать передать недостающее количество товара либо отказаться от переданного товара и потребовать ' +
    `возврата уплаченной суммы (п. 1 ст. 466 ГК РФ). Несоответствие товара условиям договора является его недостатком (преамбула ${LAW_GENITIVE}), ` +
    'поэтому потребитель вправе также отказаться от исполнения договора и потребовать возврата уплаченной за товар суммы (п. 1 ст. 18 Закона).';
  const by = input.dates.newDelivery ? `, не позднее ${documentDate(input.dates.newDelivery)}` : '';
  const demand =
    input.remedy === 'deliver'
      ? `Прошу доукомплектовать товар — передать недостающее (${missing}) — в разумный срок${by} (п. 1 ст. 480, п. 1 ст. 466 ГК РФ).`
      : input.remedy === 'discount'
        ? `Прошу соразмерно уменьшить покупную цену товара на ${rubles(input.priceCut!)} и вернуть эту сумму в течение ${inWords('refund')} ` +
          `со дня предъявления требования (п. 1 ст. 480 ГК РФ; ст. 22 Закона). ${PENALTY_23}`
        : `Отказываюсь от исполнения договора купли-продажи и прошу вернуть уплаченную за товар сумму (${rubles(input.price!)}) в течение ` +
          `${inWords('refund')} со дня предъявления требования (п. 1 ст. 18, ст. 22 Закона; п. 1 ст. 466 ГК РФ). ${PENALTY_23}`;
  const parts: DocumentPart[] = [
    {
      id: 'statement',
      text: statement,
      en: 'The ground: Civil Code arts. 480 (incomplete goods: a price cut or completion within a reasonable time) and 466 (short quantity: the rest, or the money back); the law’s preamble makes a mismatch with the contract a defect, so art. 18’s refund is open too.',
    },
    {
      id: 'demand',
      text: demand,
      en:
        input.remedy === 'deliver'
          ? 'The demand: what is missing, within a reasonable time (art. 480 gives no number of days; a date you set makes it concrete).'
          : input.remedy === 'discount'
            ? 'The demand: the price cut by the sum you give, paid back within 10 days (art. 22), with the 1 % a day penalty of art. 23(1) named.'
            : 'The demand: the money back within 10 days (art. 22), with the 1 % a day penalty of art. 23(1) named; the goods are offered back.',
    },
  ];
  if (input.remedy === 'refund') parts.push(goodsBack(input, 'полученный товар'));
  return parts;
}
