/** Reminders: whether to notify when an answer is overdue, and the default answer time. */
import { browser } from 'wxt/browser';
import { updateSettings, type Settings } from '@/utils/storage/settings';
import { useT } from '@/components/settings';


export function Reminders({ settings, onStatus }: { settings: Settings; onStatus: (message: string) => void }) {
  const t = useT();
  return (
    <section>
      <h2>{t('optionsReminders')}</h2>
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
            onStatus(on && !granted ? t('optionsRemindersDenied') : t('optionsSaved'));
          }}
        />
        <span>{t('optionsRemindersToggle')}</span>
      </label>
      <div class="row">
        <label for="mh-default-days">{t('optionsDefaultDays')}</label>
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
              onStatus(t('optionsSaved'));
            }
          }}
        />
      </div>
    </section>
  );
}
