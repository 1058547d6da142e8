/**
 * What the escalation documents cite, each with where it comes from. The founding documents name the
 * law and the way to Rospotrebnadzor; the articles are the law's own (consultant.ru publishes its text),
 * and seed 000's date for it (07.03.1992) is wrong: the law is of 07.02.1992.
 */
import { channelById, withCorrection } from '@/utils/catalogue';
import type { Correction } from '@/utils/catalogue/types';

/** Where a cited rule comes from, as each language cites it: Russian citations in Russian text. */
export interface Citation {
  ru: string;
  en: string;
}

export interface Cited {
  ru: string;
  en: string;
  source: Citation;
}


/** The law's name in the genitive case, after "статьи …" / "пункта …"; and in the instrumental. */
export const LAW_GENITIVE = 'Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей»';
export const LAW_INSTRUMENTAL = 'Законом РФ от 07.02.1992 № 2300-1 «О защите прав потребителей»';

export type ArticleId =
  | '9'
  | '12'
  | '13.6'
  | '15'
  | '18'
  | '19'
  | '20'
  | '21'
  | '22'
  | '23'
  | '23.1'
  | '26.1'
  | '40'
  | 'nk-333.36'
  | 'gk-165.1'
  | 'gk-193'
  | 'gk-395'
  | 'gk-466'
  | 'gk-468'
  | 'gk-480'
  | 'gk-483'
  | 'preamble';

export const ARTICLES: Record<ArticleId, Cited> = {
  '9': {
    ru: 'п. 1.2 ст. 9 — владелец агрегатора доводит до сведения потребителя информацию о себе и о продавце (наименование, адрес, ОГРН)',
    en: 'art. 9(1.2): the aggregator’s owner (the marketplace) must tell the buyer who it is and who the seller is (name, address, ОГРН)',
    source: { ru: 'п. 1.2 ст. 9 Закона о защите прав потребителей', en: 'Law 2300-1, art. 9(1.2)' },
  },
  '12': {
    ru: 'п. 2.4 ст. 12 — владелец агрегатора, получивший предварительную оплату, возвращает её в течение десяти календарных дней со дня предъявления требования, если товар не передан в срок и потребитель уведомил продавца об отказе от договора',
    en: 'art. 12(2.4): the aggregator’s owner that took the prepayment refunds it within 10 calendar days of the demand, when the goods were not delivered on time and the buyer told the seller they withdraw from the contract',
    source: { ru: 'п. 2.4 ст. 12 Закона о защите прав потребителей', en: 'Law 2300-1, art. 12(2.4)' },
  },
  '13.6': {
    ru: 'п. 6 ст. 13 — штраф 50 % от присуждённой суммы, если требование не удовлетворено добровольно',
    en: 'art. 13(6): a court adds a fine of 50 % of the award when the demand was not met voluntarily',
    source: { ru: 'п. 6 ст. 13 Закона о защите прав потребителей', en: 'Law 2300-1, art. 13(6)' },
  },
  '15': {
    ru: 'ст. 15 — компенсация морального вреда',
    en: 'art. 15: compensation for moral damage',
    source: { ru: 'ст. 15 Закона о защите прав потребителей', en: 'Law 2300-1, art. 15' },
  },
  '18': {
    ru: 'ст. 18 — права потребителя при обнаружении в товаре недостатков',
    en: 'art. 18: the buyer’s remedies for a defect (replacement, price reduction, repair, refund)',
    source: { ru: 'ст. 18 Закона о защите прав потребителей', en: 'Law 2300-1, art. 18' },
  },
  '19': {
    ru: 'ст. 19 — требования по недостаткам: в течение гарантийного срока, а без него — в пределах двух лет со дня передачи; после гарантии короче двух лет — если потребитель докажет, что недостаток возник до передачи',
    en: 'art. 19: defect claims within the warranty, or within two years of delivery where there is none; after a warranty shorter than two years, if the buyer proves the defect predates delivery (art. 19(5))',
    source: { ru: 'пп. 1 и 5 ст. 19 Закона о защите прав потребителей', en: 'Law 2300-1, art. 19(1) and (5)' },
  },
  '20': {
    ru: 'п. 1 ст. 20 — устранение недостатков: незамедлительно, а срок, согласованный в письменной форме, — не более 45 дней',
    en: 'art. 20(1): a defect is repaired without delay; a term agreed in writing may not exceed 45 days',
    source: { ru: 'п. 1 ст. 20 Закона о защите прав потребителей', en: 'Law 2300-1, art. 20(1)' },
  },
  '21': {
    ru: 'п. 1 ст. 21 — замена товара: в течение семи дней, двадцати — при дополнительной проверке качества, месяца — если товара для замены нет',
    en: 'art. 21(1): replacement within 7 days, 20 when the seller needs an extra quality check, one month when it has no goods to replace with',
    source: { ru: 'п. 1 ст. 21 Закона о защите прав потребителей', en: 'Law 2300-1, art. 21(1)' },
  },
  '22': {
    ru: 'ст. 22 — возврат денег и уменьшение цены: в течение десяти дней со дня предъявления требования',
    en: 'art. 22: refunds and price reductions within 10 days of the demand',
    source: { ru: 'ст. 22 Закона о защите прав потребителей', en: 'Law 2300-1, art. 22' },
  },
  '23': {
    ru: 'п. 1 ст. 23 — неустойка 1 % цены товара за каждый день просрочки требований статей 20–22',
    en: 'art. 23(1): a penalty of 1 % of the price per day of delay in meeting the demands of arts. 20–22',
    source: { ru: 'п. 1 ст. 23 Закона о защите прав потребителей', en: 'Law 2300-1, art. 23(1)' },
  },
  '23.1': {
    ru: 'ст. 23.1 — неустойка 0,5 % суммы предварительной оплаты за каждый день просрочки передачи товара, не более суммы предоплаты; возврат предоплаты — в течение десяти дней',
    en: 'art. 23.1: prepaid goods not delivered on time: 0.5 % of the prepayment per day, at most the prepayment; a refund of the prepayment within 10 days',
    source: { ru: 'пп. 2–4 ст. 23.1 Закона о защите прав потребителей', en: 'Law 2300-1, art. 23.1(2–4)' },
  },
  '26.1': {
    ru: 'п. 4 ст. 26.1 — отказ от товара, купленного дистанционно: семь дней после передачи, три месяца, если порядок возврата не был сообщён письменно при доставке; деньги — в течение десяти дней',
    en: 'art. 26.1(4): goods of proper quality bought remotely may be returned within 7 days of delivery, 3 months when the return terms were not given in writing at delivery; the refund within 10 days of the demand',
    source: { ru: 'п. 4 ст. 26.1 Закона о защите прав потребителей', en: 'Law 2300-1, art. 26.1(4)' },
  },
  '40': {
    ru: 'пп. 1–2 ст. 40 — Роспотребнадзор контролирует соблюдение продавцами и владельцами агрегаторов обязательных требований',
    en: 'art. 40(1–2): Rospotrebnadzor supervises whether sellers and aggregators’ owners keep the mandatory requirements; money is awarded by a court',
    source: { ru: 'пп. 1 и 2 ст. 40 Закона о защите прав потребителей', en: 'Law 2300-1, art. 40(1) and (2)' },
  },
  'nk-333.36': {
    ru: 'пп. 4 п. 2 и п. 3 ст. 333.36 НК РФ — потребитель не платит госпошлину по искам до 1 000 000 ₽',
    en: 'Tax Code art. 333.36(2)(4) and (3): a consumer pays no state duty on claims up to 1,000,000 rubles',
    source: { ru: 'ст. 333.36 НК РФ; п. 3 ст. 17 Закона о защите прав потребителей', en: 'Tax Code of the Russian Federation, art. 333.36; Law 2300-1, art. 17(3)' },
  },
  'gk-165.1': {
    ru: 'п. 1 ст. 165.1 ГК РФ — требование влечёт последствия с момента его доставки адресату (и тогда, когда он уклонился от получения)',
    en: 'Civil Code art. 165.1(1): a demand takes effect when it reaches the addressee (also when they avoid receiving it): legal terms run from receipt',
    source: { ru: 'п. 1 ст. 165.1 ГК РФ', en: 'Civil Code of the Russian Federation, art. 165.1(1)' },
  },
  'gk-193': {
    ru: 'ст. 193 ГК РФ — срок, последний день которого нерабочий, оканчивается в ближайший рабочий день',
    en: 'Civil Code art. 193: a term whose last day is a day off ends on the next working day',
    source: { ru: 'ст. 193 ГК РФ', en: 'Civil Code of the Russian Federation, art. 193' },
  },
  // ГК ст. 466, 468, 480, 483: their text read on 07.12.2026 at the addresses of each source.
  'gk-466': {
    ru: 'п. 1 ст. 466 ГК РФ — если передано меньшее количество товара, чем определено договором, покупатель вправе потребовать передать недостающее количество либо отказаться от переданного товара и, если он оплачен, потребовать возврата уплаченной суммы',
    en: 'Civil Code art. 466(1): fewer goods than the contract names — the buyer may demand the rest, or refuse what came and, if paid, demand the money back',
    source: { ru: 'п. 1 ст. 466 ГК РФ (текст: stgkrf.ru/466)', en: 'Civil Code of the Russian Federation, art. 466(1) (text: stgkrf.ru/466)' },
  },
  'gk-468': {
    ru: 'ст. 468 ГК РФ — при передаче товара в ассортименте, не соответствующем договору, покупатель вправе отказаться от его принятия и оплаты, а если он оплачен — потребовать возврата уплаченной суммы; вправе потребовать заменить его товаром в ассортименте, предусмотренном договором',
    en: 'Civil Code art. 468: goods other than those the contract names — the buyer may refuse them and, if paid, demand the money back, or demand the goods the contract names',
    source: { ru: 'пп. 1–2 ст. 468 ГК РФ (текст: zakonrf.info/gk/468)', en: 'Civil Code of the Russian Federation, art. 468(1)–(2) (text: zakonrf.info/gk/468)' },
  },
  'gk-480': {
    ru: 'ст. 480 ГК РФ — при передаче некомплектного товара покупатель вправе потребовать соразмерного уменьшения цены или доукомплектования в разумный срок, а если его не доукомплектовали — замены на комплектный либо возврата уплаченной суммы',
    en: 'Civil Code art. 480: incomplete goods — a proportionate price cut, or completion within a reasonable time; failing that, a complete item instead or the money back',
    source: { ru: 'ст. 480 ГК РФ (текст: geum.ru/lav/index-10079.php, sudsovetnik.ru)', en: 'Civil Code of the Russian Federation, art. 480 (text: geum.ru, sudsovetnik.ru)' },
  },
  'gk-483': {
    ru: 'п. 1 ст. 483 ГК РФ — покупатель извещает продавца о нарушении условий о количестве, ассортименте, комплектности в срок, установленный законом, иными правовыми актами или договором, а если он не установлен, — в разумный срок после того, как нарушение должно было быть обнаружено',
    en: 'Civil Code art. 483(1): the buyer tells the seller of a breach as to quantity, assortment or completeness within the term a law, another legal act or the contract sets, or else within a reasonable time after it should have been found',
    source: { ru: 'ст. 483 ГК РФ (текст: conventions.ru/lex/5/st483, kodeksrf.ru)', en: 'Civil Code of the Russian Federation, art. 483 (text: conventions.ru/lex/5/st483, kodeksrf.ru)' },
  },
  preamble: {
    ru: 'преамбула Закона — недостаток товара включает его несоответствие условиям договора',
    en: 'the law’s preamble: a “defect” includes goods not matching the contract',
    source: { ru: 'преамбула Закона о защите прав потребителей (текст не сверен)', en: 'Law 2300-1, preamble (the text not checked)' },
  },
  'gk-395': {
    ru: 'п. 1 ст. 395 ГК РФ — за неправомерное удержание денежных средств уплачиваются проценты на сумму долга, размер которых определяется ключевой ставкой Банка России, действовавшей в соответствующие периоды',
    en: 'Civil Code art. 395(1): money wrongly withheld bears interest on the sum, at the Bank of Russia’s key rate in force in each period of the delay',
    source: { ru: 'п. 1 ст. 395 ГК РФ', en: 'Civil Code of the Russian Federation, art. 395(1)' },
  },
};

/**
 * Ozon's platform operator, co-addressee of a claim about an Ozon order: its address is read from the
 * catalogue's entry alone (seed 000 gives it), with the shopper's correction of it from the options.
 */
export function ozonOperator(corrections: Record<string, Correction> = {}): { name: string; address: string; role: string } {
  const channel = channelById('ozon-operator');
  const access = channel && withCorrection(channel, corrections).access;
  // The catalogue's tests hold the entry postal; a catalogue without it is a broken build, not a claim.
  if (access?.type !== 'postal') throw new Error('The catalogue has no postal address for ozon-operator');
  return {
    name: 'ООО «Интернет Решения»',
    address: access.address,
    role: 'владелец агрегатора информации о товарах (Ozon)',
  };
}

/** Internet Resheniya's registry numbers (public; their control digits check). */
export const OZON_OPERATOR_IDS = { inn: '7704217370', ogrn: '1027739244741' } as const;

/** Ozon itself is the seller: its operator's name or numbers are the seller's. */
export function isOzonOperator(seller: { name?: string; ids?: string }): boolean {
  const ids = (seller.ids ?? '').replace(/\s/g, '');
  return (
    /интернет\s+решения/i.test(seller.name ?? '') || ids.includes(OZON_OPERATOR_IDS.inn) || ids.includes(OZON_OPERATOR_IDS.ogrn)
  );
}

/**
 * Technically complex goods are those on the Government's list, not whatever has a motor: the list is
 * Постановление Правительства РФ от 10.11.2011 № 924. The link is to its text on consultant.ru.
 */
export const COMPLEX_GOODS_LIST = {
  ru: 'Перечень технически сложных товаров, утверждённый постановлением Правительства РФ от 10.11.2011 № 924',
  en: 'The list of technically complex goods, Government Decree No. 924 of 10 November 2011',
  url: 'https://www.consultant.ru/document/cons_doc_LAW_121603/',
  source: { ru: 'п. 1 ст. 18 Закона о защите прав потребителей (перечень утверждает Правительство); постановление Правительства РФ от 10.11.2011 № 924', en: 'Law 2300-1, art. 18(1) (the list is the Government’s); Government Decree No. 924 of 10.11.2011' },
} as const;

/**
 * How a complaint reaches Rospotrebnadzor since 30.03.2025: Федеральный закон от 28.12.2024 № 547-ФЗ
 * amended Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан РФ» so that
 * an appeal in electronic form is considered only when sent through Госуслуги or the agency's own
 * information system or site that identifies the citizen (art. 4(1) of 59-ФЗ); an e-mail is not. The
 * answer comes to the e-mail given or the personal account (art. 7(3)). A letter on paper, by post or in
 * person, to the territorial office is unchanged.
 */
export const FILING = {
  ru:
    'С 30.03.2025 (Федеральный закон от 28.12.2024 № 547-ФЗ, изменивший Федеральный закон от 02.05.2006 № 59-ФЗ) ' +
    'обращение в электронной форме рассматривается, только если подано через Госуслуги или официальный сайт ' +
    '(информационную систему) органа с подтверждением личности; обращение по электронной почте не рассматривается. ' +
    'Письменное обращение можно направить почтой или подать лично в территориальный орган Роспотребнадзора.',
  en:
    'Since 30 March 2025 (Federal Law 547-FZ of 28.12.2024, amending Law 59-FZ) an electronic appeal is considered only when filed through Gosuslugi or the agency’s own site with your identity confirmed — not by e-mail. A paper complaint by post to, or handed in at, the territorial office still works.',
  source: { ru: 'п. 1 ст. 4 и ч. 3 ст. 7 Федерального закона от 02.05.2006 № 59-ФЗ в редакции Федерального закона от 28.12.2024 № 547-ФЗ (действует с 30.03.2025)', en: 'Federal Law No. 59-FZ of 02.05.2006, arts. 4(1) and 7(3), as amended by Federal Law No. 547-FZ of 28.12.2024 (in force 30.03.2025)' },
} as const;

/**
 * Rospotrebnadzor's own electronic reception, with a Госуслуги login (legal review m1). The address is the
 * review's; it was not found in the public pages searched on 07.12.2026 (they describe filing through
 * gosuslugi.ru: how-what.net, gosuslugisovet.ru): не проверено, and the gloss says so.
 */
export const COMPLAINT_RECEPTION = 'petition.rospotrebnadzor.ru (address not checked)';

/**
 * Федеральный закон от 31.07.2025 № 289-ФЗ «Об отдельных вопросах регулирования платформенной
 * экономики в Российской Федерации», in force (its main part) from 01.10.2026. What was read of it: its
 * art. 1 (it governs the relations of intermediary digital platforms' operators with their partners,
 * users and others in the sale of goods) and summaries of it (a register of platforms, the operator's
 * contracts with sellers and pick-up points, a pre-trial procedure for disputes between sellers and
 * platforms). Nothing was found in it that changes the consumer's demands these documents rest on —
 * arts. 18–23.1 and 26.1 of Law 2300-1, nor the aggregator's own duties in arts. 9(1.2) and 12(2.4) — for
 * orders placed since 01.10.2026. The documents therefore cite Law 2300-1 alone; what was not read (the
 * whole text of 289-ФЗ and the law amending other acts alongside it) may still say otherwise.
 */
export const PLATFORM_LAW_289 = {
  inForce: '2026-10-01',
  changesThisCore: false,
  ru:
    'Федеральный закон от 31.07.2025 № 289-ФЗ «Об отдельных вопросах регулирования платформенной экономики в Российской ' +
    'Федерации» действует с 01.10.2026. Вместе с ним принят пакет поправок в другие законы; его текст и редакции ст. 9, 12, ' +
    '18–23.1 и 26.1 Закона о защите прав потребителей на 01.10.2026 здесь не проверены. Если поправки изменили понятие ' +
    '«владелец агрегатора» или его обязанности, ссылки документа на эти статьи могут устареть: сверьте их с действующей ' +
    'редакцией (например, на consultant.ru) перед отправкой. Документ ссылается на Закон о защите прав потребителей.',
  en:
    'Federal Law 289-FZ of 31.07.2025 on the platform economy is in force from 1 October 2026. A package amending other laws was adopted with it; its text, and arts. 9, 12, 18–23.1 and 26.1 of Law 2300-1 as in force on that day, were not checked here (не проверено). If the package renamed the aggregator’s owner or moved its duties, the document’s citations of those articles may be out of date: check them against the current edition before sending.',
  source: {
    ru: 'ст. 1 Федерального закона от 31.07.2025 № 289-ФЗ (текст: pravo.ppt.ru/fz/289-fz-316673); о пакете поправок — dzen.ru/a/aIBlrIxd8FIn80jd (июль 2025); обзоры на klerk.ru с 02.09.2025 по 15.12.2025; прочитано 07.12.2026',
    en: 'Federal Law No. 289-FZ of 31.07.2025, art. 1 (text at pravo.ppt.ru/fz/289-fz-316673); the amending package: dzen.ru/a/aIBlrIxd8FIn80jd (July 2025); klerk.ru summaries of 02.09.2025–15.12.2025; read 07.12.2026',
  },
} as const;

export { foreignOzon } from './foreign';
