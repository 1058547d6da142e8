/**
 * The CSV for a spreadsheet, in the shopper's language: headers and values as the extension's pages name
 * them (a status, a recipient, a topic, a channel, a marketplace), times as «дд.мм.гггг чч:мм» in Moscow
 * time, UTF-8 with a BOM (so that Excel reads it as UTF-8), `;` between cells, formulas defused.
 */
import { channelById, TOPICS } from '@/utils/catalogue';
import type { Inquiry } from '@/utils/inquiries/model';
import { STATUS_LABEL as STATUS } from '@/utils/inquiries/status-words';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { t, type Language } from '@/utils/platform/i18n';

const RECIPIENT: Record<Language, Record<Inquiry['recipient'], string>> = {
  ru: { seller: 'продавцу', support: 'в поддержку' },
  en: { seller: 'the seller', support: 'support' },
};

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** «23.11.2026 10:00», Moscow time; empty for no time. */
export function moscowDateTime(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  const iso = new Date(ms + MOSCOW_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

type Column = { ru: string; en: string; value: (i: Inquiry, language: Language) => string };

const COLUMNS: Column[] = [
  { ru: 'Создано (мск)', en: 'Created (Moscow time)', value: (i) => moscowDateTime(i.createdAt) },
  { ru: 'Маркетплейс', en: 'Marketplace', value: (i) => MARKETPLACES[i.marketplace]?.name ?? i.marketplace },
  { ru: 'Статус', en: 'Status', value: (i, l) => (STATUS[i.status] ? t(STATUS[i.status], l) : i.status) },
  { ru: 'Ждать ответа до (мск)', en: 'Answer due (Moscow time)', value: (i) => moscowDateTime(i.dueAt) },
  { ru: 'Кому', en: 'To', value: (i, l) => RECIPIENT[l][i.recipient] ?? i.recipient },
  { ru: 'О чём', en: 'About', value: (i, l) => TOPICS[i.topic as keyof typeof TOPICS]?.name[l] ?? i.topic },
  { ru: 'Как связались', en: 'Channel', value: (i, l) => (i.channel ? (channelById(i.channel)?.name[l] ?? i.channel) : '') },
  { ru: 'Номер заказа', en: 'Order number', value: (i) => i.fields.orderId ?? '' },
  { ru: 'Артикул', en: 'Item number', value: (i) => i.fields.article ?? '' },
  { ru: 'Товар', en: 'Product', value: (i) => i.fields.title ?? '' },
  { ru: 'Тема', en: 'Subject', value: (i) => i.subject },
  { ru: 'Текст обращения', en: 'Message', value: (i) => i.message },
  { ru: 'Страница', en: 'Page', value: (i) => i.pageUrl },
  { ru: 'Номер записи', en: 'Record ID', value: (i) => i.id },
];

/**
 * Every cell quoted, so that a spreadsheet splitting on commas (or on semicolons) keeps `a,=1+1` in one
 * cell; a cell that would start a formula (`= + - @`, a tab or a return) is defused with an apostrophe.
 */
export function csvCell(value: string): string {
  const cell = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${cell.replace(/"/g, '""')}"`;
}

export function toCsv(inquiries: Inquiry[], language: Language = 'ru'): string {
  const rows = [COLUMNS.map((c) => c[language]), ...inquiries.map((i) => COLUMNS.map((c) => c.value(i, language)))];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
