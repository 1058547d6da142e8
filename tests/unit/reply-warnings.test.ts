/**
 * The warnings beside a saved reply (utils/replies/warnings.ts), on messages as sellers and support write
 * them (written here, in their manner; no real conversation was saved): for each rule, messages that
 * must set it off, with the words that did, and messages alike in subject that must not.
 */
import { describe, expect, it } from 'vitest';
import { replyWarnings, type ReplyWarningKind } from '@/utils/replies/warnings';
import type { MarketplaceId } from '@/utils/marketplaces/types';

interface Row {
  text: string;
  /** The one warning of this rule it must give (with the words), or none of this rule. */
  warns?: string;
  marketplace?: MarketplaceId;
}

const table: Record<ReplyWarningKind, Row[]> = {
  phone: [
    { text: 'Здравствуйте! Чтобы решить быстрее, позвоните мне: +7 (916) 123-45-67, я менеджер магазина.', warns: '+7 (916) 123-45-67' },
    { text: 'Напишите на номер 8 999 765 43 21 в любое время', warns: '8 999 765 43 21' },
    // The marketplace's own hotline, from its catalogue: support may give it.
    { text: 'Если вопрос срочный, позвоните в поддержку Ozon по номеру 8 (800) 234-70-00.' },
    { text: 'Ваш заказ 12345678-0001 передан в доставку, трек 80085612345678.' },
    { text: 'Артикул 1585614406, размер 42 — в наличии.' },
  ],
  address: [
    { text: 'Пришлите фото брака на почту shop.remont@gmail.com, разберёмся.', warns: 'shop.remont@gmail.com' },
    { text: 'Можете привезти товар сами: привезите его на ул. Ленина, д. 15, офис 3.', warns: 'привезите его на ул. Ленина, д. 15' },
    { text: 'Претензию можно направить на help@ozon.ru или через личный кабинет.' },
    { text: 'Пункт выдачи на ул. Садовая, 5 временно закрыт, заказ перенаправлен в соседний.' },
    { text: 'Приезжайте по адресу г. Москва, ул. Ленина, 5, отдадим замену.', warns: 'Приезжайте по адресу г. Москва, ул. Ленина, 5' },
  ],
  link: [
    { text: 'Оформите возврат на нашем сайте https://remont-tehniki-spb.ru/return, так быстрее.', warns: 'https://remont-tehniki-spb.ru/return,' },
    { text: 'Подробности гарантии смотрите на www.garantia-plus.com', warns: 'www.garantia-plus.com' },
    { text: 'Дешевле напрямую на сайте магазин-техники.рф', warns: 'магазин-техники.рф' },
    { text: 'Инструкция по возврату: https://docs.ozon.ru/common/vozvrat-tovarov/', marketplace: 'ozon' },
    { text: 'Оформите возврат в разделе https://www.wildberries.ru/lk/myorders/delivery', marketplace: 'wildberries' },
    { text: 'Ответ в справке: https://yandex.ru/support/market/return/terms.html', marketplace: 'yandex-market' },
  ],
  messenger: [
    { text: 'Давайте продолжим в телеграме, так удобнее', warns: 'телеграме' },
    { text: 'Пишите в WhatsApp, отвечу сразу', warns: 'WhatsApp' },
    { text: 'Мой контакт: t.me/remont_master_spb', warns: 't.me/remont_master_spb' },
    { text: 'Напишите мне @remont_master в личку', warns: '@remont_master' },
    { text: 'Ответим в чате с продавцом на Ozon в течение суток.' },
    { text: 'Телефон iPhone 15 Pro Max в наличии, отправим завтра.' },
    { text: 'Напишите мне в MAX, там быстрее', warns: 'в MAX' },
    { text: 'Стоимость доставки 5000 тг, срок — три дня.', marketplace: 'ozon' },
  ],
  card: [
    { text: 'Для возврата денег пришлите номер вашей карты и срок действия.', warns: 'номер вашей карты' },
    { text: 'Укажите CVV, чтобы мы вернули средства', warns: 'CVV' },
    { text: 'Это ваша карта 4276 3800 1234 5679? Подтвердите, и мы вернём деньги.', warns: '4276 3800 1234 5679' },
    { text: 'Деньги вернутся на карту, с которой вы оплачивали заказ, в течение 10 дней.' },
    { text: 'Номер отправления 1234 5678 9012 3456 — отслеживайте в приложении.' },
    { text: 'Пришлите фото товара в карточке и фото картонной коробки.' },
  ],
  code: [
    { text: 'Сейчас вам придёт код из СМС, продиктуйте его нам для отмены заказа.', warns: 'код из СМС' },
    { text: 'Сообщите код, который пришёл вам, и мы оформим компенсацию.', warns: 'Сообщите код' },
    { text: 'Пришлите пуш-код из приложения банка', warns: 'пуш-код' },
    { text: 'Покажите код получения в пункте выдачи, и заказ выдадут.' },
    { text: 'Укажите код товара из карточки, чтобы мы нашли партию.' },
    { text: 'Сообщите код получения, и мы отменим возврат.', warns: 'Сообщите код' },
    { text: 'Никому не сообщайте код из СМС, даже сотрудникам поддержки.' },
    { text: 'Код получения придёт в уведомлении за день до доставки.' },
  ],
  payment: [
    { text: 'Переведите 500 ₽ за доставку по СБП на номер продавца, и мы отправим замену.', warns: 'Переведите' },
    { text: 'Замену отправим после предоплаты? Нет — внесите предоплату 30%, тогда отправим.', warns: 'предоплату' },
    { text: 'Можно оплатить напрямую, без комиссии маркетплейса', warns: 'оплатить напрямую' },
    { text: 'Доплатите 300 рублей курьеру', warns: 'Доплатите' },
    { text: 'Возврат оформлен, деньги поступят на карту в течение 3 рабочих дней.' },
    { text: 'Товар отправляется без предоплаты, оплата при получении.' },
    { text: 'Мы не можем перевести ваш заказ в другой пункт выдачи.' },
    { text: 'Деньги вернутся переводом по СБП в течение дня.' },
  ],
};

describe('the warnings beside a saved reply', () => {
  for (const [kind, rows] of Object.entries(table) as [ReplyWarningKind, Row[]][]) {
    describe(kind, () => {
      for (const { text, warns, marketplace = 'ozon' } of rows) {
        it(`${warns ? 'warns' : 'does not warn'}: «${text}»`, () => {
          const found = replyWarnings(text, marketplace).filter((w) => w.kind === kind);
          expect(found).toEqual(warns ? [{ kind, found: warns }] : []);
        });
      }
    });
  }

  it('says each kind once, in one order, and nothing of a plain answer', () => {
    const text =
      'Здравствуйте! Напишите в WhatsApp +7 916 123 45 67, переведите предоплату на карту, и пришлите код из смс. Ещё раз: WhatsApp.';
    expect(replyWarnings(text, 'ozon').map((w) => w.kind)).toEqual(['phone', 'messenger', 'code', 'payment']);
    expect(replyWarnings('Здравствуйте! Заказ передан в доставку, ожидайте 12 декабря. Спасибо за покупку!', 'wildberries')).toEqual([]);
  });
});
