/**
 * Options: the shopper's details for signatures, the language, corrections to the catalogue's numbers,
 * addresses and links (a correction wins everywhere), and a reset.
 */
import { download } from '../../utils/platform/download';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { channels, correctableValue, withCorrection } from '../../utils/catalogue';
import { loadClock, now } from '../../utils/storage/clock';
import { exportBackup, importBackup } from '../../utils/transfer/backup';
import { everything } from '../../utils/db';
import { removeAll, restoreMany } from '../../utils/inquiries/writes';
import { toCsv } from '../../utils/transfer/format';
import type { Channel } from '../../utils/catalogue/types';
import { t, type Language } from '../../utils/platform/i18n';
import { getSettings, resetSettings, updateSettings, watchSettings, type Settings } from '../../utils/storage/settings';
import type { Profile } from '../../utils/templates';
import { sourceLine } from '../panel/ChannelRow';

const today = () => new Date().toISOString().slice(0, 10);

export function Options() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadClock();
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  if (!settings) return null;
  const language = settings.language;

  return (
    <main class="options" lang={language}>
      <h1>{t('optionsTitle', language)}</h1>
      <p class="status" role="status" aria-live="polite" data-testid="mh-options-status">{status}</p>

      <section>
        <h2>
          <label for="mh-language">{t('optionsLanguage', language)}</label>
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
        language={language}
        onSave={async (profile) => {
          await updateSettings({ profile });
          setStatus(t('optionsSaved', language));
        }}
        onInvalid={(message) => setStatus(message)}
      />

      <section>
        <h2>{t('optionsCatalogue', language)}</h2>
        <p class="muted">{t('optionsCatalogueNote', language)}</p>
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

      <DataSection language={language} onStatus={setStatus} />

      <section>
        <h2>{t('optionsReset', language)}</h2>
        <p class="muted">{t('optionsResetNote', language)}</p>
        <button
          type="button"
          class="danger"
          data-testid="mh-reset-all"
          onClick={async () => {
            if (!confirm(t('optionsResetConfirm', language))) return;
            const next = await resetSettings();
            setSettings(next);
            setStatus(t('optionsResetDone', next.language));
          }}
        >
          {t('optionsReset', language)}
        </button>
      </section>
    </main>
  );
}

function ProfileForm({ profile, language, onSave, onInvalid }: {
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

function CorrectionRow({ channel, settings, onSaved }: { channel: Channel; settings: Settings; onSaved: (message: string) => void }) {
  const language = settings.language;
  const shown = withCorrection(channel, settings.corrections);
  const [value, setValue] = useState(correctableValue(shown) ?? '');
  const original = correctableValue(channel) ?? '';

  const save = async (next: string | undefined) => {
    const corrections = { ...settings.corrections };
    if (next === undefined || next.trim() === '' || next.trim() === original) delete corrections[channel.id];
    else {
      if (channel.access.type === 'link' && !/^https:\/\//.test(next.trim())) return onSaved(t('optionsInvalidLink', language));
      if (channel.access.type === 'email' && !next.includes('@')) return onSaved(t('optionsInvalidEmail', language));
      corrections[channel.id] = { value: next.trim(), at: today() };
    }
    await updateSettings({ corrections });
    onSaved(t('optionsSaved', language));
  };

  return (
    <li class="entry" data-testid={`mh-entry-${channel.id}`}>
      <strong>{channel.name[language]}</strong>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void save(value);
        }}
      >
        <input
          aria-label={channel.name[language]}
          data-testid={`mh-correct-${channel.id}`}
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" data-testid={`mh-correct-save-${channel.id}`}>
          {t('optionsCorrect', language)}
        </button>
        {shown.correction && (
          <button type="button" class="link" data-testid={`mh-correct-undo-${channel.id}`} onClick={() => void save(undefined)}>
            {t('optionsUndoCorrection', language)}
          </button>
        )}
      </form>
      <p class="muted small">{sourceLine(shown, language)}</p>
    </li>
  );
}

function Reminders({ settings, onStatus }: { settings: Settings; onStatus: (message: string) => void }) {
  const language = settings.language;
  return (
    <section>
      <h2>{t('optionsReminders', language)}</h2>
      <label class="row">
        <input
          type="checkbox"
          data-testid="mh-reminders"
          checked={settings.reminders}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            // Notifications are an optional permission, asked for only now.
            const granted = on ? await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false) : false;
            await updateSettings({ reminders: on && granted });
            onStatus(on && !granted ? t('optionsRemindersDenied', language) : t('optionsSaved', language));
          }}
        />
        {t('optionsRemindersToggle', language)}
      </label>
      <div class="row">
        <label for="mh-default-days">{t('optionsDefaultDays', language)}</label>
        <input
          id="mh-default-days"
          data-testid="mh-default-days"
          type="number"
          min={1}
          max={30}
          value={settings.defaultAnswerDays}
          onChange={async (e) => {
            const days = Math.round(Number(e.currentTarget.value));
            if (days >= 1 && days <= 30) {
              await updateSettings({ defaultAnswerDays: days });
              onStatus(t('optionsSaved', language));
            }
          }}
        />
      </div>
    </section>
  );
}

function DataSection({ language, onStatus }: { language: Language; onStatus: (message: string) => void }) {
  const [undo, setUndo] = useState<string[]>([]);
  const stamp = () => new Date(now()).toISOString().slice(0, 10);
  return (
    <section>
      <h2>{t('optionsData', language)}</h2>
      <p class="muted">{t('optionsDataNote', language)}</p>
      <div class="row">
        <button
          type="button"
          data-testid="mh-export-json"
          onClick={async () => download(`market-helpdesk-${stamp()}.json`, await exportBackup(now()), 'application/json')}
        >
          {t('exportJson', language)}
        </button>
        <button
          type="button"
          data-testid="mh-export-csv"
          onClick={async () => download(`market-helpdesk-${stamp()}.csv`, toCsv((await everything()).inquiries), 'text/csv;charset=utf-8')}
        >
          {t('exportCsv', language)}
        </button>
      </div>
      <div class="row">
        <label for="mh-import">{t('importJson', language)}</label>
        <input
          id="mh-import"
          data-testid="mh-import"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            try {
              const outcome = await importBackup(await file.text());
              if (!outcome.ok) {
                const key = { 'not-json': 'importNotJson', 'not-ours': 'importNotOurs', newer: 'importNewer', damaged: 'importDamaged' } as const;
                return onStatus(t(key[outcome.reason], language, outcome.detail ?? ''));
              }
              const { added } = outcome;
              onStatus(t('importDone', language, added.inquiries, added.events, added.attachments));
            } catch (error) {
              onStatus(t('importFailed', language, String((error as Error)?.message ?? error)));
            }
          }}
        />
      </div>
      <div class="row">
        <button
          type="button"
          class="danger"
          data-testid="mh-delete-all"
          onClick={async () => {
            if (!confirm(t('deleteAllConfirm', language))) return;
            const ids = await removeAll(now());
            setUndo(ids);
            onStatus(t('deleteAllDone', language, ids.length));
          }}
        >
          {t('deleteAll', language)}
        </button>
        {undo.length > 0 && (
          <button
            type="button"
            class="link"
            data-testid="mh-undo-delete-all"
            onClick={async () => {
              await restoreMany(undo);
              setUndo([]);
              onStatus(t('optionsSaved', language));
            }}
          >
            {t('popupUndo', language)}
          </button>
        )}
      </div>
    </section>
  );
}
