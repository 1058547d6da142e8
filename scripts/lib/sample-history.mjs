// A small history of inquiries over half a year, as an export file of the extension: three marketplaces,
// several channels and sellers, answered, solved, overdue, escalated and a draft. The screenshots import it
// to show the list, the case file and the summary as a shopper's would be; the accessibility test, to
// check the summary's charts. Dates are counted back from `now`, so it reads the same on any day.
const H = 3_600_000;
const D = 24 * H;

const SAMPLES = [
  {
    id: 'sample-kettle-late', marketplace: 'ozon', kind: 'order', daysAgo: 150, channel: 'ozon-support-chat', topic: 'delivery-late',
    recipient: 'support', orderId: '41830022-0417', title: 'Чайник электрический 1,7 л, стекло', seller: 'Тёплый день',
    replyHours: 3, reply: 'Заказ передан курьеру, доставка завтра до 18:00.', status: 'resolved',
  },
  {
    id: 'sample-mug-lid', marketplace: 'ozon', kind: 'product', daysAgo: 118, channel: 'ozon-seller-question', topic: 'product-question',
    recipient: 'seller', article: '987654321', title: 'Термокружка стальная 450 мл, с крышкой', seller: 'Тёплый день',
    replyHours: 27, reply: 'Запасную крышку можно заказать отдельно, артикул 987654300.', status: 'answered',
  },
  {
    id: 'sample-blanket-damaged', marketplace: 'wildberries', kind: 'order', daysAgo: 88, channel: 'wb-communications', topic: 'damaged',
    recipient: 'support', article: '140552310', title: 'Плед флисовый 150×200', seller: 'Уютный дом',
    replyHours: 52, reply: 'Оформили возврат, деньги вернутся в течение 10 дней.', status: 'resolved',
  },
  {
    id: 'sample-phone-stock', marketplace: 'yandex-market', kind: 'product', daysAgo: 64, channel: 'ym-help', topic: 'stock-characteristics',
    recipient: 'support', article: '102250448000', title: 'Чехол для смартфона, силикон', seller: 'ЭлектроМир',
    replyHours: 6, reply: 'Товар появится на складе через неделю.', status: 'resolved',
  },
  {
    id: 'sample-filter-refund', marketplace: 'ozon', kind: 'order', daysAgo: 41, channel: 'ozon-email', topic: 'refund-missing',
    recipient: 'support', orderId: '45120987-0032', title: 'Фильтр для воды, 3 картриджа', seller: 'Чистая вода',
    replyHours: 75, reply: 'Обратитесь к продавцу.', status: 'escalated', escalatedDaysAgo: 20,
  },
  {
    id: 'sample-lamp-late', marketplace: 'ozon', kind: 'order', daysAgo: 22, channel: 'ozon-support-chat', topic: 'delivery-late',
    recipient: 'support', orderId: '46001234-0105', title: 'Настольная лампа светодиодная', seller: 'Тёплый день',
    replyHours: 1.5, reply: 'Срок доставки перенесён на 25-е, приносим извинения.', status: 'answered',
  },
  {
    id: 'sample-shoes-return', marketplace: 'wildberries', kind: 'order', daysAgo: 12, channel: 'wb-refunds', topic: 'return',
    recipient: 'support', article: '164400001', title: 'Кроссовки беговые, р. 41', seller: 'Спорт и отдых',
    status: 'sent', dueDaysFromNow: -6,
  },
  {
    id: 'sample-towel-colour', marketplace: 'ozon', kind: 'product', daysAgo: 3, channel: 'ozon-seller-chat', topic: 'seller-colour',
    recipient: 'seller', article: '555000333', title: 'Полотенце махровое 70×140', seller: 'Текстиль-Про',
    status: 'sent', dueDaysFromNow: 1,
  },
  {
    id: 'sample-grinder-closed', marketplace: 'ozon', kind: 'order', daysAgo: 100, channel: 'ozon-feedback-form', topic: 'delivery-status',
    recipient: 'support', orderId: '40077001-0009', title: 'Кофемолка ручная', seller: 'Кофейня',
    status: 'closed',
  },
  {
    id: 'sample-kettle-warranty', marketplace: 'yandex-market', kind: 'order', daysAgo: 0.2, channel: 'ym-help', topic: 'damaged',
    recipient: 'support', orderId: '71234567', title: 'Чайник электрический 1,7 л, стекло', seller: 'ЭлектроМир',
    status: 'not-sent',
  },
];

const HOSTS = { ozon: 'https://www.ozon.ru', wildberries: 'https://www.wildberries.ru', 'yandex-market': 'https://market.yandex.ru' };

function pageUrl(s) {
  const host = HOSTS[s.marketplace];
  if (s.marketplace === 'ozon') return s.kind === 'order' ? `${host}/my/orderdetails/?order=${s.orderId}` : `${host}/product/${s.article}/`;
  if (s.marketplace === 'wildberries') return s.kind === 'order' ? `${host}/lk/myorders/archive` : `${host}/catalog/${s.article}/detail.aspx`;
  return s.kind === 'order' ? `${host}/my/order/${s.orderId}` : `${host}/card/chekhol/${s.article}`;
}

/** The export file (format 2), with its inquiries' events. */
export function sampleHistory(now = Date.now()) {
  const inquiries = [];
  const events = [];
  for (const s of SAMPLES) {
    const createdAt = Math.round(now - s.daysAgo * D);
    const url = pageUrl(s);
    const sent = s.status !== 'not-sent';
    const replyAt = s.replyHours === undefined ? undefined : createdAt + Math.round(s.replyHours * H);
    const escalatedAt = s.escalatedDaysAgo === undefined ? undefined : Math.round(now - s.escalatedDaysAgo * D);
    const fields = {
      title: s.title,
      seller: s.seller,
      ...(s.orderId && { orderId: s.orderId }),
      ...(s.article && { article: s.article }),
    };
    const subject = s.orderId ? `${s.title}: заказ № ${s.orderId}` : `${s.title} (артикул ${s.article})`;
    inquiries.push({
      id: s.id,
      marketplace: s.marketplace,
      pageUrl: url,
      context: {
        marketplace: s.marketplace, kind: s.kind, url, title: s.title, seller: s.seller,
        ...(s.orderId && { orderId: s.orderId }), ...(s.article && { article: s.article }),
        sources: { title: 'sample', seller: 'sample' },
      },
      fields,
      recipient: s.recipient,
      topic: s.topic,
      channel: s.channel,
      subject,
      message: `Здравствуйте!\n\n${subject}.\n\nПодскажите, пожалуйста, что с ним.\n\nСпасибо!`,
      language: 'ru',
      status: s.status,
      createdAt,
      updatedAt: escalatedAt ?? replyAt ?? createdAt,
      sendCount: sent ? 1 + (escalatedAt ? 1 : 0) : 0,
      ...(sent && { firstSentAt: createdAt, firstSentChannel: s.channel, sentAt: escalatedAt ?? createdAt }),
      ...(replyAt !== undefined && { firstReplyAt: replyAt }),
      ...(s.dueDaysFromNow !== undefined && { dueAt: Math.round(now + s.dueDaysFromNow * D) }),
      ...(escalatedAt && { dueAt: escalatedAt + 10 * D }),
    });
    const event = (type, at, detail) => events.push({ id: `${s.id}-${events.length}`, inquiryId: s.id, type, at, ...(detail && { detail }) });
    event('created', createdAt);
    if (sent) event('sent', createdAt + 1000, s.channel);
    if (replyAt !== undefined) event('reply', replyAt, s.reply);
    if (s.status === 'resolved' || s.status === 'closed') event('status', (replyAt ?? createdAt) + H, s.status);
    if (escalatedAt) event('claim', escalatedAt, `ПРЕТЕНЗИЯ\n\nПрошу вернуть деньги за заказ № ${s.orderId}.`);
  }
  return { format: 'market-helpdesk-export', version: 2, exportedAt: new Date(now).toISOString(), inquiries, events, attachments: [] };
}
