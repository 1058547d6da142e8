/**
 * Options: the shopper's details for signatures, the language, corrections to the catalogue's numbers,
 * addresses and links (a correction wins everywhere), and a reset.
 */
import { useEffect, useState } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { channels, correctableValue } from '@/utils/catalogue';
import { loadClock } from '@/utils/storage/clock';
import { type Language } from '@/utils/platform/i18n';
import { resetSettings, updateSettings, type Settings } from '@/utils/storage/settings';
import { CorrectionRow } from './sections/Corrections';
import { DataSection } from './sections/Data';
import { ProfileForm } from './sections/Profile';
import { Reminders } from './sections/Reminders';
import { useSettingsState, useT } from '@/components/settings';

type OnStatus = (message: string) => void;

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

      <LanguageSection language={language} onStatus={setStatus} />

      <ProfileForm
        key={JSON.stringify(settings.profile)}
        profile={settings.profile}
        onSave={async (profile) => {
          await updateSettings({ profile });
          setStatus(t('optionsSaved'));
        }}
        onInvalid={(message) => setStatus(message)}
      />

      <CatalogueSection settings={settings} onStatus={setStatus} />

      <Reminders settings={settings} onStatus={setStatus} />

      <DataSection onStatus={setStatus} />

      <ResetSection onStatus={setStatus} />
    </main>
  );
}

/** The interface's language, saved as soon as it is chosen. */
function LanguageSection({ language, onStatus }: { language: Language; onStatus: OnStatus }) {
  const t = useT();
  return (
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
          onStatus(t('optionsSaved', next));
        }}
      >
        <option value="ru">Русский</option>
        <option value="en">English</option>
      </select>
    </section>
  );
}

/** A row for each of the catalogue's values the shopper may correct. */
function CatalogueSection({ settings, onStatus }: { settings: Settings; onStatus: OnStatus }) {
  const t = useT();
  return (
    <section>
      <h2>{t('optionsCatalogue')}</h2>
      <p class="muted">{t('optionsCatalogueNote')}</p>
      <ul class="entries">
        {channels.filter((c) => correctableValue(c) !== undefined).map((channel) => (
          <CorrectionRow
            key={`${channel.id}:${settings.corrections[channel.id]?.value ?? ''}`}
            channel={channel}
            settings={settings}
            onSaved={(message) => onStatus(message)}
          />
        ))}
      </ul>
    </section>
  );
}

/** Every setting back to its default, once the shopper confirms. */
function ResetSection({ onStatus }: { onStatus: OnStatus }) {
  const t = useT();
  return (
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
          onStatus(t('optionsResetDone', next.language));
        }}
      >
        {t('optionsReset')}
      </button>
    </section>
  );
}
