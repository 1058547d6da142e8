/** The form's typed values as the documents take them: sums, whole numbers, the item of an order chosen. */
import * as v from 'valibot';
import type { Inquiry } from '@/utils/inquiries/model';

/** An inquiry about a whole order, narrowed to the item chosen, where it names no product of its own. */
export function aboutItem(inquiry: Inquiry, index: number): Inquiry {
  const item = inquiry.context.items?.[index];
  if (!item || inquiry.fields.article || inquiry.fields.title) return inquiry;
  return { ...inquiry, fields: { ...inquiry.fields, article: item.article, title: item.title } };
}

/** A sum as typed, «12 990,50»: spaces dropped, a decimal comma read; more than zero. */
const AmountSchema = v.pipe(
  v.string(),
  v.transform((text) => Number(text.replace(/\s/g, '').replace(',', '.'))),
  v.finite(),
  v.gtValue(0),
);

/** A whole number of months or days as typed, 0 included. */
const WholeNumberSchema = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.transform(Number), v.integer(), v.minValue(0));

/** The value of `schema`, or unset: a value typed wrong (or not text at all) is not said. */
const parsed =
  <S extends v.GenericSchema<unknown, number>>(schema: S) =>
  (text: unknown): number | undefined => {
    const result = v.safeParse(schema, text);
    return result.success ? result.output : undefined;
  };

export const amount: (text: unknown) => number | undefined = parsed(AmountSchema);

/** A whole number of months or days as typed, 0 included; empty or not a number is not said. */
export const wholeNumber: (text: unknown) => number | undefined = parsed(WholeNumberSchema);
