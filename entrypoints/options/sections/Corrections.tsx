/** A correction of one catalogue entry's number, address or link: the shopper's value wins everywhere. */
import { useState } from 'preact/hooks';
import { correctableValue, withCorrection } from '@/utils/catalogue';
import { now } from '@/utils/storage/clock';
import type { Channel } from '@/utils/catalogue/types';
import { setCorrection, type Settings } from '@/utils/storage/settings';
import { sourceLine } from '@/utils/catalogue/source-line';
import { moscowDate } from '@/utils/calendar/moscow';
import { useT } from '@/components/settings';

/** Today in Moscow, by the extension's clock. */
const today = () => moscowDate(now());

export function CorrectionRow({ channel, settings, onSaved }: { channel: Channel; settings: Settings; onSaved: (message: string) => void }) {
  const t = useT();
  const language = settings.language;
  const shown = withCorrection(channel, settings.corrections);
  const [value, setValue] = useState(correctableValue(shown) ?? '');
  const original = correctableValue(channel) ?? '';

  const save = async (next: string | undefined) => {
    // This entry alone: a correction of another entry saved meanwhile (another tab) stays.
    if (next === undefined || next.trim() === '' || next.trim() === original) await setCorrection(channel.id, undefined);
    else {
      if (channel.access.type === 'link' && !/^https:\/\//.test(next.trim())) return onSaved(t('optionsInvalidLink'));
      if (channel.access.type === 'email' && !next.includes('@')) return onSaved(t('optionsInvalidEmail'));
      await setCorrection(channel.id, { value: next.trim(), at: today() });
    }
    onSaved(t('optionsSaved'));
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
          {t('optionsCorrect')}
        </button>
        {shown.correction && (
          <button type="button" class="link" data-testid={`mh-correct-undo-${channel.id}`} onClick={() => void save(undefined)}>
            {t('optionsUndoCorrection')}
          </button>
        )}
      </form>
      <p class="muted small">{sourceLine(shown, language)}</p>
    </li>
  );
}
