/** The form's typed values as the documents take them: sums, whole numbers, the item of an order chosen. */
import type { Inquiry } from '@/utils/inquiries/model';

/** An inquiry about a whole order, narrowed to the item chosen, where it names no product of its own. */
export function aboutItem(inquiry: Inquiry, index: number): Inquiry {
  const item = inquiry.context.items?.[index];
  if (!item || inquiry.fields.article || inquiry.fields.title) return inquiry;
  return { ...inquiry, fields: { ...inquiry.fields, article: item.article, title: item.title } };
}

export const amount = (text: string) => {
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/** A whole number of months or days as typed, 0 included; empty or not a number is not said. */
export const wholeNumber = (text: string) => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 ? value : undefined;
};
