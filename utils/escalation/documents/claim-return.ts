/** A return of goods of proper quality bought remotely (art. 26.1(4)): the claim's ground and demand. */
import { byGender, genderOf } from '@/utils/templates';
import { isIsoDate, rubles, type Deadline } from '../deadlines';
import { inWords, inWordsAccusative } from '../terms';
import { LAW_GENITIVE } from '../law';
import { documentDate, termEnd } from './format';
import type { EscalationInput } from './input';
import type { DocumentPart } from './result';

/** The fact the three months rest on, stated where the shopper said the terms were not handed over in writing (C3). */
function threeMonths(input: EscalationInput): string {
  return input.termsInWriting === 'no' || input.termsInWriting === 'unsure'
    ? ' Информация о порядке и сроках возврата товара надлежащего качества в письменной форме в момент доставки мне ' +
        `не предоставлена; срок для отказа от товара — ${inWordsAccusative('return-unwritten')} с момента передачи товара (п. 4 ст. 26.1 Закона).`
    : '';
}

/**
 * How the goods go back: by any means the buyer chooses, at the buyer's cost and risk in transit, until the
 * legislator amends art. 26.1(3)–(4) — Постановление Конституционного Суда РФ от 17.02.2026 № 7-П (legal
 * review M7). Read on 07.12.2026: its text at lawnotes.ru/npa/postanovlenie-konstitutsionnogo-suda-rf-ot-17.02.2026-n-7-p
 * (the heading), and the accounts of vedomosti.ru (17.02.2026: «любым способом по усмотрению покупателя… несет
 * транспортные и другие расходы»), rbc.ru (17.02.2026: «почтой или через курьера»), klerk.ru (18.02.2026),
 * logistics.ru.
 */
const RETURN_MEANS =
  'через пункт выдачи маркетплейса либо почтовым отправлением (курьерской службой) по адресу продавца ' +
  '(постановление Конституционного Суда РФ от 17.02.2026 № 7-П)';

export function returnStatementAndDemand(input: EscalationInput, deadlines: Deadline[]): DocumentPart[] {
  const price = rubles(input.price ?? 0);
  const window = deadlines.find((d) => d.id === 'return-window');
  const withdrawn = isIsoDate(input.dates.withdrawn) ? input.dates.withdrawn : undefined;
  const inTime = !!window && !!withdrawn && withdrawn <= window.date;
  // How the buyer withdrew, only as they said: nothing is printed for a way they did not name.
  const via = input.withdrawalVia
    ? { 'return-request': 'заявка на возврат на маркетплейсе', chat: 'сообщение в чате маркетплейса', letter: 'письменное заявление' }[input.withdrawalVia]
    : undefined;
  const end = window && termEnd(window);
  const when = !window
    ? ''
    : inTime
      ? `${window.approximate ? ` Последний день срока для отказа от товара — ${end!.ru}` : ` Срок для отказа от товара истекал ${end!.ru}`}; ${byGender(
          { female: 'об отказе от товара я заявила', male: 'об отказе от товара я заявил', neutral: 'отказ от товара заявлен мною' },
          genderOf(input.profile),
        )} ${documentDate(withdrawn!)}${via ? ` (${via})` : ''}, то есть в установленный срок.`
      : window.passed
        ? ''
        : ` Срок для отказа от товара истекает ${end!.ru}.`;
  return [
    {
      id: 'statement',
      text:
        `Согласно п. 4 ст. 26.1 ${LAW_GENITIVE} потребитель вправе отказаться от товара, приобретённого дистанционным способом, ` +
        `в любое время до его передачи, а после передачи — в течение ${inWords('return-written')}; если информация о порядке и сроках ` +
        `возврата товара надлежащего качества не была предоставлена в письменной форме в момент доставки, — в течение ${inWords('return-unwritten')} ` +
        'с момента передачи товара.' +
        threeMonths(input) +
        when +
        // Legal review M10: drawn only once the shopper confirmed the goods are not individually defined (custom-made.ts).
        (input.restrictedGoods === 'custom-made' && input.madeToOrder === 'standard'
          ? ' Товар изготовлен под заказ, однако не имеет индивидуально-определённых свойств: это стандартный товар из ассортимента продавца, ' +
            'которым может пользоваться любой потребитель, поэтому ограничение, установленное последним предложением п. 4 ст. 26.1 Закона, к нему не применяется.'
          : ''),
      en:
        'The ground: art. 26.1(4) lets you return goods of proper quality bought remotely — 7 days after delivery, 3 months if the return terms were not given to you in writing at delivery.' +
        (inTime ? ' You withdrew in time: the date of your return request or message is given.' : '') +
        (window?.approximate && (inTime || !window.passed) ? ` The window’s last day is ${end!.en}.` : '') +
        (input.restrictedGoods === 'custom-made' && input.madeToOrder === 'standard'
          ? ' You confirmed the goods, though made to order, are a standard item anyone could use: the claim says so, since the law bars returning goods with individually defined properties only the buyer can use.'
          : ''),
    },
    {
      id: 'demand',
      text: inTime
        ? `На основании изложенного подтверждаю отказ от товара, заявленный ${documentDate(withdrawn!)}, и прошу вернуть уплаченную за него сумму ${price} ` +
          `в течение ${inWords('return-refund')} со дня предъявления требования (п. 4 ст. 26.1 Закона).`
        : `На основании изложенного заявляю об отказе от товара и прошу вернуть уплаченную за него сумму ${price} ` +
          `в течение ${inWords('return-refund')} со дня предъявления настоящего требования (п. 4 ст. 26.1 Закона).`,
      en: 'The demand: you withdraw from the purchase and ask for the money back within 10 days (art. 26.1(4)).',
    },
    {
      id: 'return-terms',
      text:
        'Товарный вид и потребительские свойства товара сохранены' +
        (input.inquiry.fields.orderId ? `; факт и условия покупки подтверждает заказ № ${input.inquiry.fields.orderId}` : '') +
        '. ' +
        byGender(
          {
            female: `Готова вернуть товар продавцу способом по моему выбору: ${RETURN_MEANS}.`,
            male: `Готов вернуть товар продавцу способом по моему выбору: ${RETURN_MEANS}.`,
            neutral: `Товар будет возвращён продавцу способом по моему выбору: ${RETURN_MEANS}.`,
          },
          genderOf(input.profile),
        ) +
        ' Возврату подлежит уплаченная сумма за исключением расходов продавца на доставку ' +
        'от потребителя возвращённого товара (п. 4 ст. 26.1 Закона).',
      en: 'The return’s conditions (art. 26.1(4)): the goods keep their presentation and properties; you send them back by the means you choose — a pick-up point or post — as the Constitutional Court ruled (7-П of 17.02.2026: until the law is amended, at your cost and risk in transit); the seller may deduct only its cost of taking the goods back.',
    },
  ];
}
