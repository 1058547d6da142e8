import { describe, expect, it } from 'vitest';
import { ozonTopics } from '../../utils/catalogue/ozon';
import { buildMessage, callScript, checklist, shortMailBody, TOPICS_WITH_WORDING } from '../../utils/templates';
import { buildMailto, MAILTO_LIMIT } from '../../utils/templates/mailto';
import { readMailto } from '../support/mailto';

const product = { article: '987654321', title: 'Термокружка стальная 450 мл, с крышкой', seller: 'Тёплый день' };
const order = { orderId: '46206571-0591', orderDate: '2026-09-17', title: 'Чайник электрический 1,7 л' };
const items = [
  { article: '555000111', title: 'Чайник электрический 1,7 л, стекло' },
  { article: '555000222', title: 'Фильтр для воды, 3 картриджа' },
];

/** «я проверил», «я вернул товар», «я не пытался»: a first-person past verb in the masculine, or feminine. */
const MASCULINE_PAST = /(?<![а-яё])я\s+(?:[а-яё]+\s+)?[а-яё]+(?:л|лся)(?![а-яё])/iu;
const FEMININE_PAST = /(?<![а-яё])я\s+(?:[а-яё]+\s+)?[а-яё]+(?:ла|лась)(?![а-яё])/iu;
const BLANK_MARK = '…';

/** Anything that would show the shopper an unfilled blank. */
const BLANK = /\{|\}|\$\d|undefined|null|NaN|\[\s*\]|«»|“”|__|\.\.|\( *\)|: ?\.|, ?\.|:\s*$/m;

describe('messages for every topic', () => {
  it('has wording for every topic of the catalogue, and nothing else', () => {
    expect([...TOPICS_WITH_WORDING].sort()).toEqual(ozonTopics.map((t) => t.id).sort());
  });

  for (const topic of ozonTopics) {
    for (const language of ['ru', 'en'] as const) {
      it(`${topic.id} (${language}) on a product page and on an order page leaves no blank`, () => {
        const onProduct = buildMessage({ topic: topic.id, recipient: topic.recipient, fields: product, language });
        const onOrder = buildMessage({ topic: topic.id, recipient: topic.recipient, fields: order, items, language });
        for (const { subject, body } of [onProduct, onOrder]) {
          expect(subject).not.toMatch(BLANK);
          expect(body).not.toMatch(BLANK);
          expect(subject.trim()).not.toBe('');
        }
        expect(onProduct.body).toContain('987654321');
        expect(onProduct.body).toContain(product.title);
        expect(onOrder.body).toContain('46206571-0591');
        expect(onOrder.body).toContain(language === 'ru' ? '17 сентября 2026' : '17 September 2026');
        expect(checklist(topic.id, language).length).toBeGreaterThan(0);
        const script = callScript({ topic: topic.id, recipient: topic.recipient, fields: order, language, profile: { name: 'Анна' } });
        expect(script.join('\n')).not.toMatch(BLANK);
        expect(script.join('\n')).toContain('46206571-0591');
        expect(script[0]).toContain('Анна');
      });
    }
  }

  it('leaves a fact out of the sentence when it is unknown', () => {
    const { body, subject } = buildMessage({ topic: 'delivery-late', recipient: 'support', fields: { orderId: '46206571-0591' } });
    expect(body).toContain('Заказ № 46206571-0591.');
    expect(body).not.toContain(' от ');
    expect(subject).toBe('Срок доставки прошёл: заказ № 46206571-0591');
    const nothing = buildMessage({ topic: 'delivery-late', recipient: 'support', fields: {} });
    expect(nothing.subject).toBe('Срок доставки прошёл');
    expect(nothing.body).not.toMatch(BLANK);
  });

  it('lists the items of an order when no single product is named', () => {
    const { body } = buildMessage({ topic: 'delivery-status', recipient: 'support', fields: { orderId: '46206571-0591' }, items });
    expect(body).toContain('«Чайник электрический 1,7 л, стекло», артикул 555000111; «Фильтр для воды, 3 картриджа», артикул 555000222');
  });

  it('keeps the order number and personal details out of a public question', () => {
    const profile = { name: 'Анна Смирнова', phone: '+7 900 000-00-00', email: 'anna@example.org' };
    const open = buildMessage({ topic: 'product-question', recipient: 'seller', fields: { ...product, orderId: '46206571-0591' }, profile });
    expect(open.body).toContain('46206571-0591');
    expect(open.body).toContain('Анна Смирнова');
    const pub = buildMessage({ topic: 'product-question', recipient: 'seller', fields: { ...product, orderId: '46206571-0591' }, profile, public: true });
    for (const secret of ['46206571-0591', 'Анна', '+7 900', 'anna@example.org']) expect(pub.body).not.toContain(secret);
  });

  it('asks something in a public question, without naming again the product it is posted under', () => {
    for (const language of ['ru', 'en'] as const) {
      const pub = buildMessage({ topic: 'product-question', recipient: 'seller', fields: product, public: true, language });
      for (const repeated of ['987654321', product.title, product.seller]) expect(pub.body).not.toContain(repeated);
      expect(pub.body).toBe(language === 'ru' ? 'Здравствуйте!\n\nПодскажите, пожалуйста, …\n\nСпасибо!' : 'Hello,\n\nCould you please tell me …\n\nThank you.');
      // The blank is selected for the shopper to type over.
      expect(pub.body.slice(pub.cursor, pub.cursorEnd)).toBe(BLANK_MARK);
    }
  });

  it('puts the blank where the shopper adds what is wrong, and selects it', () => {
    for (const topic of ['damaged', 'courier-complaint', 'self-service', 'order-payment', 'promo-bonus', 'technical', 'order-to-seller']) {
      for (const language of ['ru', 'en'] as const) {
        const { body, cursor, cursorEnd } = buildMessage({ topic, recipient: 'support', fields: order, language });
        expect(body.slice(cursor, cursorEnd), `${topic} (${language})`).toBe(BLANK_MARK);
        expect(body.indexOf(BLANK_MARK), topic).toBe(cursor);
      }
    }
    const damaged = buildMessage({ topic: 'damaged', recipient: 'support', fields: order });
    expect(damaged.body).toContain('Товар пришёл повреждённым: …. Фотографии товара и упаковки приложу.');
    expect(buildMessage({ topic: 'self-service', recipient: 'support', fields: order }).body).toContain('В личном кабинете не получается …. Помогите');
  });

  it('offers no alternatives in brackets nor «или» hedges in any message', () => {
    for (const topic of ozonTopics) {
      for (const language of ['ru', 'en'] as const) {
        for (const gender of [undefined, 'female', 'male'] as const) {
          const { body } = buildMessage({ topic: topic.id, recipient: topic.recipient, fields: order, language, profile: { gender } });
          expect(body, topic.id).not.toMatch(/\((или|or) /);
          expect(body, topic.id).not.toMatch(/\((а|ла|ен|на)\)/);
          expect(body, topic.id).not.toMatch(/не прошла или прошла|курьера или пункта|изменить или отменить|промокоду или баллам|сайте или в приложении/);
        }
      }
    }
  });

  it('speaks of the shopper in the gender the profile gives, and neutrally when it gives none', () => {
    for (const topic of ozonTopics) {
      const said = (gender?: 'female' | 'male') =>
        buildMessage({ topic: topic.id, recipient: topic.recipient, fields: order, profile: { name: 'Анна', gender } }).body;
      expect(said('female'), topic.id).not.toMatch(MASCULINE_PAST);
      expect(said('male'), topic.id).not.toMatch(FEMININE_PAST);
      expect(said(), topic.id).not.toMatch(MASCULINE_PAST);
      expect(said(), topic.id).not.toMatch(FEMININE_PAST);
    }
    const orderMissing = (gender?: 'female' | 'male') => buildMessage({ topic: 'order-missing', recipient: 'support', fields: order, profile: { gender } }).body;
    expect(orderMissing('female')).toContain('Я оформила и оплатила заказ');
    expect(orderMissing('male')).toContain('Я оформил и оплатил заказ');
    expect(orderMissing()).toContain('Заказ оформлен и оплачен, но не отображается');
    const refund = (gender?: 'female' | 'male') => buildMessage({ topic: 'refund-missing', recipient: 'support', fields: order, profile: { gender } }).body;
    expect(refund('female')).toContain('Я вернула товар');
    expect(refund()).toContain('Товар возвращён, но деньги до сих пор не пришли.');
    // A stored value that is not a known gender reads as none.
    expect(buildMessage({ topic: 'russian-post', recipient: 'support', fields: order, profile: { gender: 'x' as never } }).body).toContain(
      'Адрес доставки в заказе верный.',
    );
  });

  it('asks the checklist of its own topic', () => {
    expect(checklist('seller-expiry')).toEqual(['до какой даты товар должен быть годен']);
    expect(checklist('seller-expiry')).not.toContain(checklist('seller-delivery')[1]);
  });

  it('signs with the profile, in both languages', () => {
    const profile = { name: 'Анна Смирнова', phone: '+7 900 000-00-00' };
    const ru = buildMessage({ topic: 'delivery-late', recipient: 'support', fields: order, profile });
    expect(ru.body.endsWith('Спасибо!\nАнна Смирнова\nДля связи: +7 900 000-00-00')).toBe(true);
    const en = buildMessage({ topic: 'delivery-late', recipient: 'support', fields: order, profile, language: 'en' });
    expect(en.body.endsWith('Thank you.\nАнна Смирнова\nContact: +7 900 000-00-00')).toBe(true);
    expect(en.body).toContain('Order No. 46206571-0591 of 17 September 2026.');
  });

  it('names the seller to support, not to the seller', () => {
    expect(buildMessage({ topic: 'stock-characteristics', recipient: 'support', fields: product }).body).toContain('Продавец: Тёплый день.');
    expect(buildMessage({ topic: 'product-question', recipient: 'seller', fields: product }).body).not.toContain('Продавец:');
  });
});

describe('e-mail links', () => {
  it('decode back to the same subject and body, with %20 and %0D%0A', () => {
    const { subject, body } = buildMessage({ topic: 'damaged', recipient: 'support', fields: order, items });
    const mail = buildMailto('help@ozon.ru', subject, body, shortMailBody());
    expect(mail.shortened).toBe(false);
    expect(mail.href).toContain('%20');
    expect(mail.href).toContain('%0D%0A');
    expect(mail.href).not.toContain('+');
    expect(readMailto(mail.href)).toEqual({ address: 'help@ozon.ru', subject, body });
  });

  it('encode characters mail clients would misread', () => {
    const body = 'A & B = 100% + «кавычки» #1?';
    const mail = buildMailto('help@ozon.ru', 'Тема & ещё', body, shortMailBody());
    expect(readMailto(mail.href)).toEqual({ address: 'help@ozon.ru', subject: 'Тема & ещё', body });
  });

  it('keep a long subject within the limit too', () => {
    const subject = 'Очень длинная тема обращения '.repeat(12);
    const mail = buildMailto('help@ozon.ru', subject, 'Текст. '.repeat(300), shortMailBody());
    expect(mail.shortened).toBe(true);
    expect(mail.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(readMailto(mail.href).subject.endsWith('…')).toBe(true);
  });

  it('carry a short body when the message would make the link too long', () => {
    const long = 'Очень подробное описание. '.repeat(80);
    const mail = buildMailto('help@ozon.ru', 'Тема', long, shortMailBody());
    expect(mail.shortened).toBe(true);
    expect(mail.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(readMailto(mail.href).body).toBe(shortMailBody());
  });
});
