/**
 * «Как к вам обращаться»: the grammatical gender the texts written for the shopper use, or none (then a
 * wording without one). The options' profile and the escalation form's both ask it.
 */
import { GENDERS, type Gender } from '@/utils/templates';
import { useT } from '@/components/settings';

export function GenderChoice({ testid, value, onChange }: {
  /** The fieldset's test id; each choice's is it with `-female`, `-male`, `-none`; the radios' name too. */
  testid: string;
  value: Gender | undefined;
  onChange: (gender: Gender | undefined) => void;
}) {
  const t = useT();
  const options: { gender: Gender | undefined; label: string }[] = [
    ...GENDERS.map((gender) => ({ gender, label: t(gender === 'female' ? 'optionsGenderFemale' : 'optionsGenderMale') })),
    { gender: undefined, label: t('optionsGenderNone') },
  ];
  return (
    <fieldset class="gender" data-testid={testid}>
      <legend>{t('optionsGender')}</legend>
      <p class="muted">{t('optionsGenderNote')}</p>
      {options.map(({ gender, label }) => (
        <label class="check" key={gender ?? 'none'}>
          <input
            type="radio"
            name={testid}
            data-testid={`${testid}-${gender ?? 'none'}`}
            checked={value === gender}
            onChange={() => onChange(gender)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
