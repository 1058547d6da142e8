/** Reminders: whether to notify when an answer is overdue, and the default answer time. */
import { browser } from 'wxt/browser';
import { t } from '@/utils/platform/i18n';
import { updateSettings, type Settings } from '@/utils/storage/settings';


export function Reminders({ settings, onStatus }: { settings: Settings; onStatus: (message: string) => void }) {
  const language = settings.language;
  return (
    <section>
      <h2>{t('optionsReminders', language)}</h2>
      <label class="check">
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
        <span>{t('optionsRemindersToggle', language)}</span>
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
