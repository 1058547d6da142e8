/**
 * The profile used to sign messages: the full name (a claim needs it), how the texts speak of the shopper
 * (the grammatical gender, or none), phone, e-mail, and the postal address for claims.
 */
import { useState } from 'preact/hooks';
import type { Profile } from '@/utils/templates';
import { GenderChoice } from '@/components/GenderChoice';
import { useT } from '@/components/settings';


export function ProfileForm({ profile, onSave, onInvalid }: {
  profile: Profile;
  onSave: (profile: Profile) => void;
  onInvalid: (message: string) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<Profile>(profile);
  const field = (name: Exclude<keyof Profile, 'gender'>, label: string, type: 'text' | 'tel' | 'email', autocomplete: string) => (
    <div class="row">
      <label for={`mh-profile-${name}`}>{label}</label>
      <input
        id={`mh-profile-${name}`}
        data-testid={`mh-profile-${name}`}
        type={type as 'text'}
        autocomplete={autocomplete as 'name'}
        aria-describedby={name === 'name' ? 'mh-profile-name-hint' : undefined}
        value={draft[name] ?? ''}
        onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <section>
      <h2>{t('optionsProfile')}</h2>
      <p class="muted">{t('optionsProfileNote')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const clean: Profile = {
            name: draft.name?.trim() || undefined,
            gender: draft.gender,
            phone: draft.phone?.trim() || undefined,
            email: draft.email?.trim() || undefined,
            address: draft.address?.trim() || undefined,
          };
          if (clean.email && !clean.email.includes('@')) return onInvalid(t('optionsInvalidEmail'));
          onSave(clean);
        }}
      >
        {field('name', t('optionsName'), 'text', 'name')}
        <p class="muted" id="mh-profile-name-hint">{t('optionsNameHint')}</p>
        <GenderChoice testid="mh-profile-gender" value={draft.gender} onChange={(gender) => setDraft({ ...draft, gender })} />
        {field('phone', t('optionsPhone'), 'tel', 'tel')}
        {field('email', t('optionsEmail'), 'email', 'email')}
        {field('address', t('optionsAddress'), 'text', 'street-address')}
        <button type="submit" data-testid="mh-profile-save">
          {t('optionsSave')}
        </button>
      </form>
    </section>
  );
}

