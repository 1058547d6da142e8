/** The profile used to sign messages: name, phone, e-mail, and the postal address for claims. */
import { useState } from 'preact/hooks';
import { t, type Language } from '@/utils/platform/i18n';
import type { Profile } from '@/utils/templates';


export function ProfileForm({ profile, language, onSave, onInvalid }: {
  profile: Profile;
  language: Language;
  onSave: (profile: Profile) => void;
  onInvalid: (message: string) => void;
}) {
  const [draft, setDraft] = useState<Profile>(profile);
  const field = (name: keyof Profile, label: string, type: 'text' | 'tel' | 'email', autocomplete: string) => (
    <div class="row">
      <label for={`mh-profile-${name}`}>{label}</label>
      <input
        id={`mh-profile-${name}`}
        data-testid={`mh-profile-${name}`}
        type={type as 'text'}
        autocomplete={autocomplete as 'name'}
        value={draft[name] ?? ''}
        onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <section>
      <h2>{t('optionsProfile', language)}</h2>
      <p class="muted">{t('optionsProfileNote', language)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const clean: Profile = {
            name: draft.name?.trim() || undefined,
            phone: draft.phone?.trim() || undefined,
            email: draft.email?.trim() || undefined,
            address: draft.address?.trim() || undefined,
          };
          if (clean.email && !clean.email.includes('@')) return onInvalid(t('optionsInvalidEmail', language));
          onSave(clean);
        }}
      >
        {field('name', t('optionsName', language), 'text', 'name')}
        {field('phone', t('optionsPhone', language), 'tel', 'tel')}
        {field('email', t('optionsEmail', language), 'email', 'email')}
        {field('address', t('optionsAddress', language), 'text', 'street-address')}
        <button type="submit" data-testid="mh-profile-save">
          {t('optionsSave', language)}
        </button>
      </form>
    </section>
  );
}
