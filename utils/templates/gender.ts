/**
 * The grammatical gender the shopper gave in the profile, and the one way every text picks its form by it:
 * a first-person past verb or a short adjective («оформила», «готов») has a feminine and a masculine form,
 * and when no gender is given a wording that needs neither («Заказ оформлен», «мне придётся»). Never
 * «оформил(а)».
 */
export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** The three forms of a sentence: the shopper's own when a gender is given, the neutral one otherwise. */
export interface ByGender {
  female: string;
  male: string;
  neutral: string;
}

/** The gender in a stored profile, or none: anything but the two known values reads as not given. */
export function genderOf(profile: { gender?: unknown } | undefined): Gender | undefined {
  const gender = profile?.gender;
  return gender === 'female' || gender === 'male' ? gender : undefined;
}

/** The form of a text for a gender (none given: the neutral one). */
export function byGender(text: string | ByGender, gender: Gender | undefined): string {
  if (typeof text === 'string') return text;
  return gender ? text[gender] : text.neutral;
}
