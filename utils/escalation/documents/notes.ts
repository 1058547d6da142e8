/** The warnings and advice shown beside a document, never printed in it, each with its source. */
import { defectDeclaredOn } from './requirements';
import { isIsoDate, penaltyFor, warrantyCase, type Deadline } from '../deadlines';
import { SEED_000, SEED_TITLES } from '@/utils/catalogue/seeds';
import { ARTICLES, COMPLEX_GOODS_LIST, FILING, ozonOperator, PLATFORM_LAW_289 } from '../law';
import { inDigits, inWords, inWordsAccusative, TERMS } from '../terms';
import { documentDate, termEnd } from './format';
import type { EscalationInput, RestrictedGoods } from './input';
import type { Note } from './result';

const RESTRICTED_RU: Record<RestrictedGoods, string> = {
  food: 'продукты питания',
  'custom-made': 'товар, изготовленный по индивидуальному заказу',
  digital: 'цифровой товар (ключ, код активации)',
  'sim-card': 'SIM-карта',
  medicine: 'лекарственный препарат или медицинское изделие для домашнего применения',
  cosmetics: 'парфюмерно-косметический товар',
  underwear: 'бельё или чулочно-носочное изделие',
  hygiene: 'предмет личной гигиены',
  other: 'товар, который продавец отказывается принимать обратно',
};

/**
 * Tell the seller of a wrong or incomplete order at once (ГК ст. 483(1): the term a law or act sets, else a
 * reasonable time; past it the seller may refuse some demands, art. 483(2)). The old distance-selling rules
 * (ПП РФ № 612, pp. 27–31 as the legal review read them quoted) gave twenty days; whether the rules in force
 * (ПП РФ от 31.12.2020 № 2463) keep them was looked for in public sources on 07.12.2026 and not found: the
 * note says «не проверено» and nothing rests on it.
 */
const MISMATCH_REPORT: Note = {
  id: 'mismatch-report',
  level: 'advice',
  ru:
    'Сообщите продавцу о том, что пришло не то или не всё, как можно скорее и сохраните подтверждение (снимок чата, акт в пункте выдачи, ' +
    'фотографии): по ст. 483 ГК РФ покупатель извещает продавца о нарушении условий о количестве, ассортименте и комплектности в срок, ' +
    'установленный законом или договором, а если он не установлен, — в разумный срок; иначе продавец вправе отказать в части требований. ' +
    'Прежние Правила продажи товаров дистанционным способом (постановление Правительства РФ от 27.09.2007 № 612) давали для этого двадцать дней; ' +
    'сохранён ли такой срок в действующих Правилах (постановление Правительства РФ от 31.12.2020 № 2463) — не проверено.',
  en: 'Tell the seller as soon as you can and keep the proof (a chat screenshot, a report at the pickup point, photos): Civil Code art. 483 wants notice within the term a law or the contract sets, or else a reasonable time, or the seller may refuse some demands. The old distance-selling rules (Decree 612) gave 20 days; whether the rules in force (Decree 2463 of 31.12.2020) keep that was not checked.',
  source: ARTICLES['gk-483'].source,
};

/**
 * The goods on ПП № 2463's list of non-food goods of proper quality not subject to exchange (items 1–3, 5),
 * read on 07.12.2026 in copies of the list: 54oil.ru/pages/garantiya-i-vozvrat, spbkontrol.ru.
 */
const EXCHANGE_LIST: readonly RestrictedGoods[] = ['medicine', 'cosmetics', 'underwear', 'hygiene'];

/** Warnings and advice for the page beside the document, each with its source. */
export function notesFor(input: EscalationInput, deadlines: Deadline[]): Note[] {
  const notes: Note[] = [];
  const window = deadlines.find((d) => d.id === 'return-window');
  if (input.situation === 'return' && window) {
    const withdrawn = isIsoDate(input.dates.withdrawn) ? input.dates.withdrawn : undefined;
    if ((withdrawn && withdrawn > window.date) || (!withdrawn && window.passed)) {
      // A last day in a year without a bundled calendar may still move later: the window only may have closed.
      const end = termEnd(window);
      notes.push({
        id: 'return-window-closed',
        level: 'warning',
        ru:
          (window.approximate
            ? `Срок для отказа от товара мог истечь: его последний день — ${end.ru}. `
            : `Срок для отказа от товара истёк ${documentDate(window.date)}. `) +
          'Если вы заявили об отказе раньше (заявка на возврат на маркетплейсе, сообщение в чате), укажите эту дату. ' +
          (input.termsInWriting === 'yes'
            ? `Если порядок и сроки возврата не вручили вам письменно при доставке (памятка в посылке, на чеке), срок — ${inWordsAccusative('return-unwritten')} ` +
              'с момента передачи: ответьте «нет» на вопрос о письменной информации. '
            : '') +
          'Иначе продавец вправе отказать в возврате товара надлежащего качества.',
        en:
          (window.approximate
            ? `The window for returning goods of proper quality may have closed: its last day is ${end.en}. `
            : `The window for returning goods of proper quality closed on ${documentDate(window.date)}. `) +
          'If you withdrew earlier (a return request on the marketplace, a chat message), give that date. ' +
          (input.termsInWriting === 'yes' ? 'If the return terms were not handed to you in writing at delivery, the window is three months: answer “no” to that question. ' : '') +
          'Otherwise the seller may refuse.',
        source: ARTICLES['26.1'].source,
      });
    }
  }
  if (input.situation === 'return' && input.restrictedGoods) {
    const custom = input.restrictedGoods === 'custom-made';
    notes.push({
      id: 'seller-may-refuse',
      level: 'warning',
      ru:
        `Продавцы часто отказываются принимать обратно такой товар (${RESTRICTED_RU[input.restrictedGoods]}). ` +
        (custom
          ? 'Закон не позволяет отказаться от товара надлежащего качества с индивидуально-определёнными свойствами, если им может пользоваться только покупатель (п. 4 ст. 26.1). '
          : 'Текст п. 4 ст. 26.1 Закона исключает из возврата при дистанционной продаже лишь товар с индивидуально-определёнными свойствами, которым может пользоваться только покупатель. ') +
        (EXCHANGE_LIST.includes(input.restrictedGoods)
          ? 'Такие товары входят в перечень непродовольственных товаров надлежащего качества, не подлежащих обмену (постановление ' +
            'Правительства РФ от 31.12.2020 № 2463); п. 4 ст. 26.1 для дистанционной продажи на этот перечень не ссылается, но продавцы его применяют. '
          : '') +
        (input.restrictedGoods === 'digital' ? 'Ключ или код активации может быть и вовсе не товаром в смысле ст. 26.1: это спорно. ' : '') +
        'Текст закона и судебная практика по дистанционным возвратам расходятся: претензия составлена, но исход не гарантирован.',
      en:
        'Sellers often refuse to take such goods back. ' +
        (custom
          ? 'The law itself bars returning goods of proper quality with individually defined properties that only the buyer can use (art. 26.1(4)). '
          : 'Art. 26.1(4)’s text excludes from distance returns only goods with individually defined properties that only the buyer can use. ') +
        (EXCHANGE_LIST.includes(input.restrictedGoods) ? 'Such goods are on the Government’s list of goods of proper quality not subject to exchange (Decree 2463 of 31.12.2020); art. 26.1(4) does not refer to it for distance sales, but sellers apply it. ' : '') +
        (input.restrictedGoods === 'digital' ? 'A key or activation code may not be goods under art. 26.1 at all: that is disputed. ' : '') +
        'The law’s text and court practice on distance returns differ: the claim is drawn, the outcome is not certain.',
      source: ARTICLES['26.1'].source,
    });
  }
  if (input.situation === 'defect' && input.technicallyComplex) {
    notes.push({
      id: 'complex-goods-list',
      level: 'advice',
      ru: `Технически сложным считается только товар из перечня, утверждённого постановлением Правительства РФ от 10.11.2011 № 924. По истечении ${inWords('complex-goods')} со дня передачи возврат денег или замену можно требовать лишь по основаниям п. 1 ст. 18 Закона; без них — ремонт или уменьшение цены.`,
      en: `Technically complex means on the Government’s list, not “has a motor”: ${COMPLEX_GOODS_LIST.en}. After 15 days from delivery a refund or replacement needs one of art. 18(1)’s grounds; without one, choose a repair or a price reduction.`,
      source: COMPLEX_GOODS_LIST.source,
      url: COMPLEX_GOODS_LIST.url,
    });
  }
  if (input.situation === 'defect' && isIsoDate(input.dates.delivered) && input.warrantyMonths !== undefined) {
    const w = warrantyCase(input.dates.delivered, input.warrantyMonths, defectDeclaredOn(input));
    if (w.case === 'too-late') {
      notes.push({
        id: 'warranty-too-late',
        level: 'warning',
        ru:
          `Гарантийный срок и ${inWordsAccusative('defect-two-years')} со дня передачи товара истекли: требования к продавцу по ст. 18 Закона предъявить уже нельзя. ` +
          `Если недостаток существенный и возник до передачи товара, остаётся требование к изготовителю (импортёру): в течение срока службы товара, а если он не установлен — ${inWords('service-life-default')} со дня передачи, ` +
          `сначала безвозмездно устранить недостаток, а если его не устранят за ${inWordsAccusative('manufacturer-repair')} — вернуть деньги или заменить товар (п. 6 ст. 19 Закона; текст пункта не сверен).`,
        en: 'The warranty and two years from delivery have passed: art. 18’s demands to the seller are out of time. For a substantial defect that arose before delivery, a demand to the manufacturer (importer) remains, within the service life (ten years from delivery where none is set): a free repair first, then a refund or replacement if it is not repaired within 20 days (art. 19(6); the paragraph’s text not checked).',
        source: ARTICLES['19'].source,
      });
    }
  }
  const aboutDefect = input.situation === 'defect' || (input.situation === 'demand-late' && input.lateBasis === 'defect');
  if (aboutDefect && input.remedy === 'repair' && !(input.repairDays && input.repairDays > 0)) {
    notes.push({
      id: 'repair-no-term',
      level: 'advice',
      ru:
        `Срок ремонта не согласован письменно: недостатки устраняются незамедлительно. Неустойка здесь считается с ${TERMS['repair-max'].amount + 1}-го дня: ` +
        `${inDigits('repair-max')} — наибольший срок, который закон позволяет согласовать, и суды обычно считают его предельным для любого ремонта ' +
        '(по разъяснениям практикующих юристов; акт Верховного Суда не проверен). Если ремонт затянулся меньше чем на ${inDigits('repair-max')}, ` +
        'продавец может спорить, что срок ещё не нарушен.',
      en:
        'No repair term agreed in writing: the repair is due without delay. The penalty is counted here from day 46: 45 days are the most the law lets the parties agree, ' +
        'and courts usually treat them as the outer limit of any repair (as practitioners explain; no Supreme Court act checked).',
      source: ARTICLES['20'].source,
    });
  }
  if (input.situation === 'wrong-item' || input.situation === 'incomplete') notes.push(MISMATCH_REPORT);
  // A defect demand the seller received whose term has already run: the claim to draw is the late demand's.
  const remedyTerm = deadlines.find((d) => d.id === 'remedy');
  if (input.situation === 'defect' && remedyTerm?.passed && !remedyTerm.approximate) {
    notes.push({
      id: 'term-already-passed',
      level: 'warning',
      ru:
        `Срок удовлетворения требования, полученного продавцом ${documentDate(remedyTerm.from)}, истёк ${documentDate(remedyTerm.date)}. ` +
        'Выберите «Требование не выполнено в срок»: претензия тогда сошлётся на прежнее требование и потребует неустойку по п. 1 ст. 23 Закона.',
      en: `The term of the demand the seller received on ${documentDate(remedyTerm.from)} ended on ${documentDate(remedyTerm.date)}: choose the late demand, which restates it and claims the penalty (art. 23(1)).`,
      source: ARTICLES['23'].source,
    });
  }
  // m14: art. 23's penalty runs on the price paid; a price read from the page may differ (discounts, points).
  const penalty = penaltyFor(input, deadlines);
  if (penalty?.article === '23' && input.price !== undefined && input.price === input.inquiry.context.price) {
    notes.push({
      id: 'price-check',
      level: 'advice',
      ru:
        'Неустойка считается от цены товара. Цена взята со страницы товара и может отличаться от уплаченной (скидки, баллы, ' +
        'промокоды): сверьте её с чеком и при необходимости исправьте.',
      en: 'The penalty runs on the price of the goods. This price was read from the product page and may differ from what you paid (discounts, points, promo codes): check it against the receipt.',
      source: ARTICLES['23'].source,
    });
  }
  // m6: Ozon's operator's address is the article's, with no floor or premises; the ЕГРЮЛ one is what counts.
  if (input.inquiry.marketplace === 'ozon' && !input.corrections?.['ozon-operator']) {
    notes.push({
      id: 'operator-address',
      level: 'advice',
      ru:
        `Адрес ООО «Интернет Решения» (${ozonOperator().address}) взят из статьи о претензиях на маркетплейсе, без этажа и помещения, и по ЕГРЮЛ ` +
        'не проверен. Сверьте его с выпиской из ЕГРЮЛ на сайте ФНС России и при необходимости исправьте в настройках расширения: письмо, ' +
        'направленное по адресу из ЕГРЮЛ, считается доставленным, даже если адресат его не получил.',
      en: 'Internet Resheniya’s address comes from an article on Ozon claims, without floor or premises, and was not checked in the state register (ЕГРЮЛ): check it at egrul.nalog.ru and correct it in the options if needed — a letter sent to the registered address counts as delivered even if not collected.',
      source: {
        ru: 'п. 1 ст. 165.1 ГК РФ; п. 63 постановления Пленума Верховного Суда РФ от 23.06.2015 № 25',
        en: 'Civil Code art. 165.1(1); Plenum of the Supreme Court No. 25 of 23.06.2015, para. 63',
      },
      url: 'https://egrul.nalog.ru/',
    });
  }
  if (input.kind === 'claim') {
    notes.push({
      id: 'how-to-send',
      level: 'advice',
      ru:
        // Legal review m9: a message to the marketplace's support is not a demand the seller received.
        'Направьте документ так, чтобы можно было доказать его получение: заказным письмом с уведомлением о вручении и описью вложения ' +
        'по адресу адресата из ЕГРЮЛ (ЕГРИП) или в чате с самим продавцом на маркетплейсе, сохранив снимок экрана с датой. Сообщение в чат поддержки ' +
        'маркетплейса — не требование, полученное продавцом. Сроки для ответа считаются со дня получения.',
      en: 'Send it so that receipt can be proved: a registered letter with notice of delivery and a list of contents to the addressee’s registered (ЕГРЮЛ) address, or the chat with the seller itself on the marketplace, with a dated screenshot. A message to the marketplace’s support chat is not a demand the seller received. The terms run from receipt, and the sender proves it.',
      source: {
        ru: `${ARTICLES['gk-165.1'].source.ru}; п. 67 постановления Пленума Верховного Суда РФ от 23.06.2015 № 25 (отправку и доставку доказывает отправитель)`,
        en: `${ARTICLES['gk-165.1'].source.en}; Plenum of the Supreme Court No. 25 of 23.06.2015 (the sender proves sending and delivery)`,
      },
    });
    notes.push({
      id: 'answer-from-receipt',
      level: 'advice',
      ru: 'Дата получения требования продавцом — не дата первого сообщения в поддержку маркетплейса: укажите её по уведомлению о вручении или по чату.',
      en: 'The date the seller received the demand is not the date of your first message to the marketplace’s support: take it from the notice of delivery or the chat.',
      source: ARTICLES['gk-165.1'].source,
    });
  } else {
    notes.push({ id: 'how-to-file', level: 'advice', ru: FILING.ru, en: FILING.en, source: FILING.source });
    if (!input.events.some((e) => e.type === 'claim')) {
      notes.push({
        id: 'no-claim-on-record',
        level: 'warning',
        ru: 'Претензия продавцу ещё не записана в хронологии, и жалоба говорит лишь об обращениях в поддержку. Сначала направьте претензию (или отметьте отправленную) и приложите её с подтверждением отправки.',
        en: 'No claim to the seller is on record yet: the complaint can only speak of messages to support. Send a claim first (or record the one you sent) and attach it with proof of sending.',
        source: {
          ru: `по материалам статьи «${SEED_TITLES[SEED_000]}»: жалоба — когда на претензию не ответили`,
          en: `the article “${SEED_TITLES[SEED_000]}”, as the catalogue’s Rospotrebnadzor entry gives it: a complaint when the claim went unanswered`,
        },
      });
    }
  }
  if (input.inquiry.fields.orderDate && input.inquiry.fields.orderDate >= PLATFORM_LAW_289.inForce) {
    notes.push({ id: 'platform-law', level: 'advice', ru: PLATFORM_LAW_289.ru, en: PLATFORM_LAW_289.en, source: PLATFORM_LAW_289.source });
  }
  return notes;
}
