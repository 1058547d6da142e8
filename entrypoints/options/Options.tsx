/**
 * Options: the shopper's details for signatures, the language, corrections to the catalogue's numbers,
 * addresses and links (a correction wins everywhere), and a reset.
 */
import { useEffect, useState } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { channels, correctableValue } from '@/utils/catalogue';
import { loadClock } from '@/utils/storage/clock';
import { type Language } from '@/utils/platform/i18n';
import { resetSettings, updateSettings } from '@/utils/storage/settings';
import { CorrectionRow } from './sections/Corrections';
import { DataSection } from './sections/Data';
import { ProfileForm } from './sections/Profile';
import { Reminders } from './sections/Reminders';
import { useSettingsState, useT } from '@/components/settings';

export function Options() {
  const t = useT();
  const { settings, loaded } = useSettingsState();
  const [status, setStatus] = useState('');

  useEffect(() => void loadClock(), []);

  // The form shows what is kept: drawn once the settings are read.
  if (!loaded) return null;
  const language = settings.language;

  return (
    <main class="options" lang={language}>
      <h1>
        <Icon name="settings" />
        {t('optionsTitle')}
      </h1>
      <p class="status" role="status" aria-live="polite" data-testid="mh-options-status">{status}</p>

      <section>
        <h2>
          <label for="mh-language">{t('optionsLanguage')}</label>
        </h2>
        <select
          id="mh-language"
          data-testid="mh-language"
          value={language}
          onChange={async (e) => {
            const next = e.currentTarget.value as Language;
            await updateSettings({ language: next });
            setStatus(t('optionsSaved', next));
          }}
        >
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </select>
      </section>

      <ProfileForm
        key={JSON.stringify(settings.profile)}
        profile={settings.profile}
        onSave={async (profile) => {
          await updateSettings({ profile });
          setStatus(t('optionsSaved'));
        }}
        onInvalid={(message) => setStatus(message)}
      />

      <section>
        <h2>{t('optionsCatalogue')}</h2>
        <p class="muted">{t('optionsCatalogueNote')}</p>
        <ul class="entries">
          {channels.filter((c) => correctableValue(c) !== undefined).map((channel) => (
            <CorrectionRow
              key={`${channel.id}:${settings.corrections[channel.id]?.value ?? ''}`}
              channel={channel}
              settings={settings}
              onSaved={(message) => setStatus(message)}
            />
          ))}
        </ul>
      </section>

      <Reminders settings={settings} onStatus={setStatus} />

      <DataSection onStatus={setStatus} />

      <section>
        <h2>{t('optionsReset')}</h2>
        <p class="muted">{t('optionsResetNote')}</p>
        <button
          type="button"
          class="danger"
          data-testid="mh-reset-all"
          onClick={async () => {
            if (!confirm(t('optionsResetConfirm'))) return;
            const next = await resetSettings();
            setStatus(t('optionsResetDone', next.language));
          }}
        >
          {t('optionsReset')}
        </button>
      </section>
    </main>
  );
}
