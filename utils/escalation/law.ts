/**
 * What the escalation documents cite, each with where it comes from. The founding documents name the
 * law and the way to Rospotrebnadzor; the articles are the law's own (consultant.ru publishes its text),
 * and seed 000's date for it (07.03.1992) is wrong: the law is of 07.02.1992.
 */
import { channelById, withCorrection } from '../catalogue';
import type { Correction } from '../catalogue/types';

export interface Cited {
  ru: string;
  en: string;
  source: string;
}


/** The law's name in the genitive case, after "статьи …" / "пункта …"; and in the instrumental. */
export const LAW_GENITIVE = 'Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей»';
export const LAW_INSTRUMENTAL = 'Законом РФ от 07.02.1992 № 2300-1 «О защите прав потребителей»';

export type ArticleId = '13.6' | '15' | '18' | '20' | '21' | '22' | '23' | '23.1' | '26.1' | 'nk-333.36' | 'gk-193';

export const ARTICLES: Record<ArticleId, Cited> = {
  '13.6': {
    ru: 'п. 6 ст. 13 — штраф 50 % от присуждённой суммы, если требование не удовлетворено добровольно',
    en: 'art. 13(6): a court adds a fine of 50 % of the award when the demand was not met voluntarily',
    source: 'Law 2300-1, art. 13(6)',
  },
  '15': {
    ru: 'ст. 15 — компенсация морального вреда',
    en: 'art. 15: compensation for moral damage',
    source: 'Law 2300-1, art. 15',
  },
  '18': {
    ru: 'ст. 18 — права потребителя при обнаружении в товаре недостатков',
    en: 'art. 18: the buyer’s remedies for a defect (replacement, price reduction, repair, refund)',
    source: 'Law 2300-1, art. 18',
  },
  '20': {
    ru: 'ст. 20 — устранение недостатков: не более 45 дней',
    en: 'art. 20: a defect is repaired within at most 45 days',
    source: 'Law 2300-1, art. 20(1)',
  },
  '21': {
    ru: 'ст. 21 — замена товара: в течение семи дней (двадцати — при дополнительной проверке качества)',
    en: 'art. 21: replacement within 7 days (20 when an extra quality check is needed)',
    source: 'Law 2300-1, art. 21(1)',
  },
  '22': {
    ru: 'ст. 22 — возврат денег и уменьшение цены: в течение десяти дней со дня предъявления требования',
    en: 'art. 22: refunds and price reductions within 10 days of the demand',
    source: 'Law 2300-1, art. 22',
  },
  '23': {
    ru: 'п. 1 ст. 23 — неустойка 1 % цены товара за каждый день просрочки требований статей 20–22',
    en: 'art. 23(1): a penalty of 1 % of the price per day of delay in meeting the demands of arts. 20–22',
    source: 'Law 2300-1, art. 23(1)',
  },
  '23.1': {
    ru: 'ст. 23.1 — неустойка 0,5 % суммы предварительной оплаты за каждый день просрочки передачи товара, не более суммы предоплаты; возврат предоплаты — в течение десяти дней',
    en: 'art. 23.1: prepaid goods not delivered on time: 0.5 % of the prepayment per day, at most the prepayment; a refund of the prepayment within 10 days',
    source: 'Law 2300-1, art. 23.1(2–4)',
  },
  '26.1': {
    ru: 'п. 4 ст. 26.1 — отказ от товара, купленного дистанционно: семь дней после передачи, три месяца, если порядок возврата не был сообщён письменно при доставке; деньги — в течение десяти дней',
    en: 'art. 26.1(4): goods of proper quality bought remotely may be returned within 7 days of delivery, 3 months when the return terms were not given in writing at delivery; the refund within 10 days of the demand',
    source: 'Law 2300-1, art. 26.1(4)',
  },
  'nk-333.36': {
    ru: 'пп. 4 п. 2 и п. 3 ст. 333.36 НК РФ — потребитель не платит госпошлину по искам до 1 000 000 ₽',
    en: 'Tax Code art. 333.36(2)(4) and (3): a consumer pays no state duty on claims up to 1,000,000 rubles',
    source: 'Tax Code of the Russian Federation, art. 333.36; Law 2300-1, art. 17(3)',
  },
  'gk-193': {
    ru: 'ст. 193 ГК РФ — срок, последний день которого нерабочий, оканчивается в ближайший рабочий день',
    en: 'Civil Code art. 193: a term whose last day is a day off ends on the next working day',
    source: 'Civil Code of the Russian Federation, art. 193',
  },
};

/**
 * Ozon's platform operator, co-addressee of a claim about an Ozon order: its address is the catalogue's
 * entry (seed 002 gives it), with the shopper's correction of it from the options, so the two cannot
 * drift apart.
 */
export function ozonOperator(corrections: Record<string, Correction> = {}): { name: string; address: string; role: string } {
  const channel = channelById('ozon-operator');
  const access = channel && withCorrection(channel, corrections).access;
  return {
    name: 'ООО «Интернет Решения»',
    address: access?.type === 'postal' ? access.address : '123112, г. Москва, Пресненская набережная, д. 10',
    role: 'владелец агрегатора информации о товарах (Ozon)',
  };
}

/** The marketplaces' addresses where Russian consumer law does not apply. */
export function foreignOzon(url: string): 'ozon.by' | 'ozon.kz' | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === 'ozon.by' || host === 'ozon.kz' ? host : undefined;
  } catch {
    return undefined;
  }
}
