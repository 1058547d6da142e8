/**
 * The seller's details from a pasted block, and the control digits of ИНН, ОГРН and ОГРНИП. The blocks
 * below are our own samples, written the way Ozon, Wildberries and Yandex Market lay out their seller
 * information; the numbers are either public company numbers or built here by the algorithm.
 */
import { describe, expect, it } from 'vitest';
import { innValid, ogrnValid, parseSellerBlock, sellerIdProblems, sellerIds } from '../../utils/escalation/seller-details';

/** The control digits, computed here from the algorithm itself, independently of the module. */
const mod = (weights: number[], digits: string) => (weights.reduce((s, w, i) => s + w * Number(digits[i]), 0) % 11) % 10;
const inn10 = (nine: string) => nine + mod([2, 4, 10, 3, 5, 9, 4, 6, 8], nine);
function inn12(ten: string) {
  const eleven = ten + mod([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], ten);
  return eleven + mod([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], eleven);
}
const ogrn13 = (twelve: string) => twelve + String((BigInt(twelve) % 11n) % 10n);
const ogrnip15 = (fourteen: string) => fourteen + String((BigInt(fourteen) % 13n) % 10n);
/** The same number with its last digit changed. */
const broken = (value: string) => value.slice(0, -1) + String((Number(value.at(-1)) + 1) % 10);

describe('control digits', () => {
  it('accepts known public numbers: Internet Resheniya (Ozon) and Sberbank', () => {
    expect(innValid('7704217370')).toBe(true);
    expect(ogrnValid('1027739244741')).toBe(true);
    expect(innValid('7707083893')).toBe(true);
    expect(ogrnValid('1027700132195')).toBe(true);
  });

  it('accepts numbers built by the algorithm and refuses them with one digit changed', () => {
    for (const stem of ['770000000', '500100732', '123456789']) {
      expect(innValid(inn10(stem))).toBe(true);
      expect(innValid(broken(inn10(stem)))).toBe(false);
    }
    for (const stem of ['5001007322', '7712345678', '0123456789']) {
      expect(innValid(inn12(stem))).toBe(true);
      expect(innValid(broken(inn12(stem)))).toBe(false);
    }
    for (const stem of ['102770000000', '115774632158', '120500000001']) {
      expect(ogrnValid(ogrn13(stem))).toBe(true);
      expect(ogrnValid(broken(ogrn13(stem)))).toBe(false);
    }
    for (const stem of ['30450011600015', '31977460012345', '32150000000001']) {
      expect(ogrnValid(ogrnip15(stem))).toBe(true);
      expect(ogrnValid(broken(ogrnip15(stem)))).toBe(false);
    }
  });

  it('refuses the wrong lengths and letters', () => {
    for (const value of ['', '770421737', '77042173701', '7704217370a', '102773924474', '10277392447410']) {
      expect(innValid(value) || ogrnValid(value)).toBe(false);
    }
  });

  it('names the problem of each wrong number, and a field with no number in it', () => {
    expect(sellerIdProblems('ИНН 7704217370, ОГРН 1027739244741')).toEqual([]);
    expect(sellerIdProblems('ИНН 7704217371, ОГРН 1027739244741')).toEqual(['seller-inn-invalid']);
    expect(sellerIdProblems('ИНН 7704217370, ОГРН 1027739244742')).toEqual(['seller-ogrn-invalid']);
    expect(sellerIdProblems(`ОГРНИП ${broken(ogrnip15('30450011600015'))}`)).toEqual(['seller-ogrnip-invalid']);
    // An ОГРН typed into the ИНН label is read by its label and fails as an ИНН.
    expect(sellerIdProblems('ИНН 1027739244741')).toEqual(['seller-inn-invalid']);
    expect(sellerIdProblems('ООО «Ромашка»')).toEqual(['seller-ids-unrecognised']);
    // m11: a foreign seller (Ozon Global) gives its own registration, labelled; a bare word is still no number.
    expect(sellerIdProblems('Рег. номер: 91440300MA5F0XYZ1K')).toEqual([]);
    expect(sellerIdProblems('Unified social credit code 91440300MA5F0XYZ1K')).toEqual([]);
    expect(sellerIdProblems('УНП 190123456')).toEqual([]);
    expect(sellerIdProblems('БИН 123456789012')).toEqual([]);
    expect(sellerIdProblems('БИН 123456789012, ИНН 7704217371')).toEqual(['seller-inn-invalid']);
    expect(sellerIdProblems('Регистрационный номер')).toEqual(['seller-ids-unrecognised']);
    expect(sellerIdProblems('   ')).toEqual([]);
  });

  it('reads numbers by their label, and bare ones by their length; a postcode is not a number of the seller', () => {
    expect(sellerIds('117997, г. Москва; 7707083893 / 1027700132195')).toEqual([
      { kind: 'inn', value: '7707083893', valid: true },
      { kind: 'ogrn', value: '1027700132195', valid: true },
    ]);
  });
});

describe('the pasted «Информация о продавце» block', () => {
  it('Ozon: the name, «ОГРН:» and «ИНН:» on their own lines, the legal address labelled', () => {
    const block = [
      'Информация о продавце',
      'ООО "Ромашка"',
      'ОГРН: 1027700132195',
      'ИНН: 7707083893',
      'Юридический адрес: 117997, г. Москва, ул. Вавилова, д. 19',
      'Режим работы: круглосуточно',
    ].join('\n');
    expect(parseSellerBlock(block)).toEqual({
      name: 'ООО «Ромашка»',
      ogrn: '1027700132195',
      inn: '7707083893',
      address: '117997, г. Москва, ул. Вавилова, д. 19',
      ids: 'ИНН 7707083893, ОГРН 1027700132195',
    });
  });

  it('keeps each number on its line, and an address on the line below a number out of it', () => {
    // Our own sample of the usual Ozon layout: numbers without labels' colons run straight into the next line.
    const block = ['ООО "Ромашка"', 'ОГРН: 1027700132195', '117997, г. Москва, ул. Вавилова, д. 19', 'ИНН 7707083893', '1027700132195'].join('\n');
    expect(parseSellerBlock(block)).toMatchObject({
      ogrn: '1027700132195',
      inn: '7707083893',
      address: '117997, г. Москва, ул. Вавилова, д. 19',
    });
    expect(sellerIdProblems('ИНН 7707083893\n1027700132195')).toEqual([]);
  });

  it('takes the legal address, never the e-mail address before it', () => {
    const block = ['ООО "Ромашка"', 'Адрес электронной почты: shop@example.ru', 'Юридический адрес: 117997, г. Москва, ул. Вавилова, д. 19', 'ИНН 7707083893'].join('\n');
    expect(parseSellerBlock(block).address).toBe('117997, г. Москва, ул. Вавилова, д. 19');
    const noLegal = ['ООО "Ромашка"', 'Адрес электронной почты: shop@example.ru', 'Адрес: 117997, г. Москва, ул. Вавилова, д. 19'].join('\n');
    expect(parseSellerBlock(noLegal).address).toBe('117997, г. Москва, ул. Вавилова, д. 19');
  });

  it('Wildberries: an individual entrepreneur with ИНН and ОГРНИП, no address', () => {
    const inn = inn12('5001007322');
    const ogrnip = ogrnip15('30450011600015');
    const parsed = parseSellerBlock(`Продавец\nИП Иванов Иван Иванович\nИНН ${inn}\nОГРНИП ${ogrnip}\nТовар продаётся по договору с Wildberries`);
    expect(parsed).toEqual({ name: 'ИП Иванов Иван Иванович', inn, ogrnip, ids: `ИНН ${inn}, ОГРНИП ${ogrnip}` });
    expect(sellerIdProblems(parsed.ids)).toEqual([]);
  });

  it('Yandex Market: everything on one line after the shop’s name', () => {
    const parsed = parseSellerBlock('Магазин «Ромашка»\nПродавец: ООО «Ромашка», ОГРН 1027700132195, 117997, г. Москва, ул. Вавилова, д. 19');
    expect(parsed).toEqual({
      name: 'ООО «Ромашка»',
      ogrn: '1027700132195',
      address: '117997, г. Москва, ул. Вавилова, д. 19',
      ids: 'ОГРН 1027700132195',
    });
  });

  it('keeps a mistyped number for the form to show with its problem', () => {
    const parsed = parseSellerBlock('ООО "Ромашка"\nИНН 7707083894');
    expect(parsed.inn).toBe('7707083894');
    expect(sellerIdProblems(parsed.ids)).toEqual(['seller-inn-invalid']);
  });

  it('gives nothing it did not find', () => {
    expect(parseSellerBlock('Доставка завтра, бесплатно')).toEqual({});
  });
});
