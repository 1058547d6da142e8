/**
 * The seller's legal details from the block a marketplace shows as «Информация о продавце» (or «О
 * продавце», «Юридическая информация»): the legal entity's name, its ИНН and ОГРН (ОГРНИП for an
 * individual entrepreneur) and its address. The numbers are checked by their control digits, so a
 * number mistyped or pasted short is said before a document is drawn with it.
 *
 * The control digits, as the tax service computes them:
 * - ИНН of 10 digits (an organisation): the weighted sum of the first nine digits with the weights
 *   2 4 10 3 5 9 4 6 8, modulo 11, modulo 10, is the tenth digit;
 * - ИНН of 12 digits (a person, an ИП): the 11th digit is the first ten with 7 2 4 10 3 5 9 4 6 8, the
 *   12th the first eleven with 3 7 2 4 10 3 5 9 4 6 8, each modulo 11, modulo 10;
 * - ОГРН of 13 digits: the number of its first twelve digits modulo 11, modulo 10, is the 13th;
 * - ОГРНИП of 15 digits: the number of its first fourteen digits modulo 13, modulo 10, is the 15th.
 */

export type IdKind = 'inn' | 'ogrn' | 'ogrnip';

export interface SellerId {
  kind: IdKind;
  value: string;
  valid: boolean;
}

export interface ParsedSeller {
  name?: string;
  inn?: string;
  ogrn?: string;
  ogrnip?: string;
  address?: string;
  /** "ИНН …, ОГРН …": what the form's ИНН/ОГРН field takes. */
  ids?: string;
}

/** What is wrong with the seller's numbers, said before the document is drawn. */
export type SellerProblem =
  | 'seller-inn-invalid'
  | 'seller-ogrn-invalid'
  | 'seller-ogrnip-invalid'
  | 'seller-ids-unrecognised';

const digitsOf = (value: string) => value.split('').map(Number);

function weighted(digits: number[], weights: number[]): number {
  return (weights.reduce((sum, w, i) => sum + w * digits[i], 0) % 11) % 10;
}

export function innValid(value: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return false;
  const d = digitsOf(value);
  if (d.length === 10) return weighted(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  return weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && weighted(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
}

/** ОГРН (13 digits) or ОГРНИП (15). */
export function ogrnValid(value: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  const modulus = value.length === 13 ? 11n : 13n;
  const control = (BigInt(value.slice(0, -1)) % modulus) % 10n;
  return control === BigInt(value.at(-1)!);
}

/**
 * Every ИНН, ОГРН and ОГРНИП in a text, by its label where it has one («ИНН: …», «ОГРН …»), else by its
 * length: 10 or 12 digits an ИНН, 13 an ОГРН, 15 an ОГРНИП. Other numbers (a postcode, a phone) are not
 * taken.
 */
export function sellerIds(text: string): SellerId[] {
  const found: SellerId[] = [];
  const seen = new Set<string>();
  const push = (kind: IdKind, value: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    found.push({ kind, value, valid: kind === 'inn' ? innValid(value) : ogrnValid(value) && (kind === 'ogrn' ? value.length === 13 : value.length === 15) });
  };
  // A number stays on its line: a block often puts the next number or the address on the line below.
  const labelled = /(ОГРНИП|ОГРН|ИНН)[ \t\u00a0]*(?:[:№#][ \t\u00a0]*)?(\d(?:[\d \u00a0]{8,18})\d)(?![\d])/giu;
  for (const match of text.matchAll(labelled)) {
    const label = match[1].toUpperCase();
    const value = match[2].replace(/[ \u00a0]/g, '');
    push(label === 'ИНН' ? 'inn' : label === 'ОГРНИП' ? 'ogrnip' : value.length === 15 ? 'ogrnip' : 'ogrn', value);
  }
  for (const match of text.matchAll(/(?<![\d+])(\d{10}|\d{12,13}|\d{15})(?!\d)/g)) {
    const value = match[1];
    if (seen.has(value)) continue;
    push(value.length === 13 ? 'ogrn' : value.length === 15 ? 'ogrnip' : 'inn', value);
  }
  return found;
}

/**
 * A foreign seller's registration, labelled as its card gives it (Ozon Global's sellers have no ИНН or
 * ОГРН; Law 2300-1 still protects a Russian consumer, ГК ст. 1212 — legal review m11): a registration
 * number, Belarus's УНП, Kazakhstan's БИН/ИИН, China's unified social credit code, a tax or VAT number.
 */
const FOREIGN_REGISTRATION =
  /(?:рег(?:истрационный|\.)?\s*(?:номер|№)|registration\s*(?:no\.?|number|№)|company\s*(?:no\.?|number)|УНП|БИН|ИИН|USCC|unified\s+social\s+credit\s+code|tax\s*(?:id|number)|VAT(?:\s*(?:no\.?|number))?)\s*[:№#]?\s*[A-ZА-Я0-9][A-ZА-Я0-9\- ]{4,}/iu;

/** Whether the field gives a foreign registration instead of a Russian ИНН or ОГРН. */
export function foreignRegistration(ids: string): boolean {
  return FOREIGN_REGISTRATION.test(ids);
}

/** The problems of the seller's ИНН/ОГРН field: a wrong control digit, or no number at all (a foreign registration is a number). */
export function sellerIdProblems(ids: string | undefined): SellerProblem[] {
  if (!ids || !ids.trim()) return [];
  // A foreign number of 10–15 digits (Kazakhstan's БИН has 12) is not a Russian ИНН with a wrong digit.
  if (foreignRegistration(ids) && !/ИНН|ОГРН/iu.test(ids)) return [];
  const found = sellerIds(ids);
  if (!found.length) return foreignRegistration(ids) ? [] : ['seller-ids-unrecognised'];
  const problems = new Set<SellerProblem>();
  for (const id of found) {
    if (!id.valid) problems.add(id.kind === 'inn' ? 'seller-inn-invalid' : id.kind === 'ogrn' ? 'seller-ogrn-invalid' : 'seller-ogrnip-invalid');
  }
  return [...problems];
}

const FORMS =
  'ООО|АО|ПАО|НАО|ЗАО|ОАО|ИП|Индивидуальный предприниматель|Общество с ограниченной ответственностью|Акционерное общество|Публичное акционерное общество';
const NAME = new RegExp(`(?:^|[\\s,;:])((?:${FORMS})(?=[\\s«"„“])[^\\n,;]*?)(?=\\s*(?:[,;\\n]|ИНН|ОГРН|$))`, 'u');
// The legal address first; «адрес электронной почты» and a web address are not the seller's address.
const LEGAL_ADDRESS = /(?:юридический адрес|адрес места нахождения|место нахождения)[ \t]*:?[ \t]*([^\n]+)/iu;
const ADDRESS_LABEL = /адрес(?! электронной почты| эл\.? почты| сайта)(?: регистрации)?[ \t]*:[ \t]*([^\n]+)/iu;
const POSTCODE_ADDRESS = /(?:^|[\s,;])(\d{6},?\s+[^\n]+)/u;

/** «ООО "Ромашка"» as a document writes it: «ООО «Ромашка»». */
function tidyName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  return trimmed.replace(/["“„]([^"“”„]+)["”“]/g, '«$1»');
}

/** The address without the numbers or the name a block may give on the same line. */
function tidyAddress(address: string): string {
  return address
    .replace(/(ОГРНИП|ОГРН|ИНН)\s*[:№]?\s*\d+/giu, '')
    .replace(/\s*[,;]\s*(?=[,;]|$)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[,;\s]+|[,;\s.]+$/g, '')
    .trim();
}

/**
 * The seller's details from a pasted block. What the block does not give is left out (the form asks
 * for it); a number is kept even with a wrong control digit, and `sellerIdProblems` says so.
 */
export function parseSellerBlock(text: string): ParsedSeller {
  const block = text.replace(/\r/g, '').replace(/\u00a0/g, ' ');
  const out: ParsedSeller = {};
  const name = block.match(NAME)?.[1];
  if (name) out.name = tidyName(name);
  for (const id of sellerIds(block)) {
    if (!out[id.kind]) out[id.kind] = id.value;
  }
  const labelled = block.match(LEGAL_ADDRESS)?.[1] ?? block.match(ADDRESS_LABEL)?.[1];
  const address = labelled ?? block.match(POSTCODE_ADDRESS)?.[1];
  if (address) {
    const tidy = tidyAddress(address);
    if (tidy) out.address = tidy;
  }
  const ids = [out.inn && `ИНН ${out.inn}`, out.ogrn && `ОГРН ${out.ogrn}`, out.ogrnip && `ОГРНИП ${out.ogrnip}`].filter(Boolean);
  if (ids.length) out.ids = ids.join(', ');
  return out;
}
