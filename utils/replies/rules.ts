/**
 * What each marketplace's own rules say of what a reply warning names (./warnings.ts), with the page it
 * was read on. Where no page of the marketplace's own was found, the rule is what the press reported of
 * the marketplace or the Bank of Russia, and says so (`kind: 'press'`). Read on 07.12.2026 in saved copies
 * of the pages (the machine these were written on reaches no site): each is to be checked on the page
 * before it is relied on, as every source in the catalogue is.
 */
import type { MarketplaceId } from '@/utils/marketplaces/types';
import type { ReplyWarningKind } from './warnings';

export interface RuleSource {
  url: string;
  title: string;
  /** The marketplace's own page, or the press reporting it. */
  kind: 'rules' | 'press';
  /** When it was read (YYYY-MM-DD). */
  read: string;
}

export interface ReplyRule {
  /** What the rule says, in the shopper's words (Russian; the English beside it). */
  ru: string;
  en: string;
  source: RuleSource;
}

const READ = '2026-12-07';
const source = (url: string, title: string, kind: RuleSource['kind'] = 'rules'): RuleSource => ({ url, title, kind, read: READ });

const OZON_COMMUNICATION = source(
  'https://docs.ozon.ru/global/en/policies/communication/',
  'Ozon: Communication Rules with Clients and Ozon',
);
const OZON_FRAUD = source(
  'https://docs.ozon.ru/en-common/my-settings/safety/internet-fraud/',
  'Ozon: Internet fraud',
);
const OZON_SAFETY = source(
  'https://docs.ozon.ru/en-common/my-settings/safety/personal-safety-rules/',
  'Ozon: Personal safety rules',
);
const WB_PRESS = source(
  'https://1prime.ru/consumer_markets/20220912/838089474.html',
  'ПРАЙМ, 12.09.2022: «Россиян предупредили о мошенничествах на сайте Wildberries» (со слов Wildberries)', 'press',
);
const WB_PAY_PRESS = source(
  'http://toys.segment.ru/review/news_business/Wildberries_preduprejdaet_o_roste_sluchaev_moshennichestva',
  'Segment.ru: «Wildberries предупреждает о росте случаев мошенничества»', 'press',
);
const WB_CODE_PRESS = source(
  'https://www.cnews.ru/news/line/2025-09-11_wildberries_russ_raskryla_moshennicheskuyu',
  'CNews, 11.09.2025: служба безопасности Wildberries & Russ о мошеннической схеме', 'press',
);
const BANK_OF_RUSSIA_PRESS = source(
  'https://www.m24.ru/news/bezopasnost/23092025/832443',
  'Москва 24, 23.09.2025 (со слов Банка России)', 'press',
);

const OFF_PLATFORM = {
  ozon: {
    ru: 'Ozon запрещает продавцу предлагать обмен контактами, переписку в других каналах, ссылки на сторонние сайты, телефоны и адреса: за это он отключает продавцу чат или блокирует его. Пишите только в чате Ozon.',
    en: 'Ozon forbids sellers to offer to exchange contacts, to move the talk elsewhere, or to give links to other sites, phone numbers and addresses; it disables their chat or blocks them for it. Write in the Ozon chat only.',
    source: OZON_COMMUNICATION,
  },
  wildberries: {
    ru: 'Wildberries предупреждал: мошенники под видом продавца просят написать в WhatsApp и присылают ссылки на сторонние платёжные сервисы. Общайтесь только в чате Wildberries.',
    en: 'Wildberries warned that fraudsters posing as sellers ask buyers to write on WhatsApp and send links to outside payment services. Talk in the Wildberries chat only.',
    source: WB_PRESS,
  },
  'yandex-market': {
    ru: 'Правил Маркета об этом мы не нашли. Банк России предупреждает: настоящие сотрудники маркетплейсов не запрашивают коды из СМС и персональные данные. Надёжнее переписываться в чате Маркета.',
    en: 'We found no rule of the Market’s on this. The Bank of Russia warns that real marketplace staff never ask for SMS codes or personal data. The Market’s chat is the safer place to talk.',
    source: BANK_OF_RUSSIA_PRESS,
  },
} satisfies Record<MarketplaceId, ReplyRule>;

const CARD = {
  ozon: {
    ru: 'Сотрудники Ozon никогда не спрашивают пароль, PIN-код или CVV; данные карты (номер, PIN, CVV) нельзя сообщать посторонним.',
    en: 'Ozon staff never ask for a password, PIN or CVV; do not give card details (number, PIN, CVV) to strangers.',
    source: OZON_FRAUD,
  },
  wildberries: {
    ru: 'Wildberries просит оплачивать заказы только через свою платёжную систему: продавцу данные вашей карты не нужны.',
    en: 'Wildberries asks buyers to pay for orders only through its own payment system: a seller needs no details of your card.',
    source: WB_PAY_PRESS,
  },
  'yandex-market': {
    ru: 'Правил Маркета об этом мы не нашли. Банк России предупреждает: настоящие сотрудники маркетплейсов не запрашивают коды и персональные данные.',
    en: 'We found no rule of the Market’s on this. The Bank of Russia warns that real marketplace staff do not ask for codes or personal data.',
    source: BANK_OF_RUSSIA_PRESS,
  },
} satisfies Record<MarketplaceId, ReplyRule>;

const CODE = {
  ozon: {
    ru: 'Ozon: никому не сообщайте пароли, PIN, CVV и коды из СМС — даже сотрудникам организации, которой доверяете.',
    en: 'Ozon: do not tell anyone your passwords, PIN, CVV or SMS codes, not even staff of an organisation you trust.',
    source: OZON_SAFETY,
  },
  wildberries: {
    ru: 'Служба безопасности Wildberries описывала эту схему: «продавец» в чате просит прислать код, который сейчас придёт по СМС. Не сообщайте его никому.',
    en: 'Wildberries’ security team described this scheme: a “seller” in the chat asks for the code about to arrive by SMS. Do not give it to anyone.',
    source: WB_CODE_PRESS,
  },
  'yandex-market': {
    ru: 'Банк России: настоящие сотрудники маркетплейсов никогда не запрашивают коды из СМС.',
    en: 'The Bank of Russia: real marketplace staff never ask for codes from SMS.',
    source: BANK_OF_RUSSIA_PRESS,
  },
} satisfies Record<MarketplaceId, ReplyRule>;

const PAYMENT = {
  ozon: {
    ru: 'Правила общения Ozon запрещают продавцу предлагать другие способы связи и уводить покупателя на сторонние ресурсы; отдельного правила об оплате мимо заказа мы не нашли. Платите только в заказе.',
    en: 'Ozon’s communication rules forbid sellers to offer other ways of contact or to lead buyers to outside resources; we found no rule on paying outside the order as such. Pay in the order only.',
    source: OZON_COMMUNICATION,
  },
  wildberries: {
    ru: 'Wildberries просит оплачивать заказы только через свою платёжную систему — при оформлении заказа или в пункте выдачи.',
    en: 'Wildberries asks buyers to pay for orders only through its own payment system, when ordering or at the pickup point.',
    source: WB_PAY_PRESS,
  },
  'yandex-market': {
    ru: 'Правил Маркета об этом мы не нашли. Банк России предупреждает: настоящие сотрудники маркетплейсов не запрашивают коды и персональные данные. Платите только в заказе.',
    en: 'We found no rule of the Market’s on this. The Bank of Russia warns that real marketplace staff ask for no codes or personal data. Pay in the order only.',
    source: BANK_OF_RUSSIA_PRESS,
  },
} satisfies Record<MarketplaceId, ReplyRule>;

const RULES: Record<ReplyWarningKind, Record<MarketplaceId, ReplyRule>> = {
  phone: OFF_PLATFORM,
  address: OFF_PLATFORM,
  link: OFF_PLATFORM,
  messenger: OFF_PLATFORM,
  card: CARD,
  code: CODE,
  payment: PAYMENT,
};

export function replyRule(kind: ReplyWarningKind, marketplace: MarketplaceId): ReplyRule {
  return RULES[kind][marketplace];
}
