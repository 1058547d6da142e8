/**
 * The message of the contact flow: its subject and text, editable, with the way back to the template once
 * edited, and a warning where the chosen channel is public.
 */
import { useT } from '@/components/settings';

interface Props {
  subject: string;
  message: string;
  /** The shopper edited the text: it no longer follows the template. */
  edited: boolean;
  /** The chosen channel shows what is written to everyone. */
  publicChannel: boolean | undefined;
  onSubject: (value: string) => void;
  onMessage: (value: string) => void;
  onBackToTemplate: () => void;
}

export function MessageBox({ subject, message, edited, publicChannel, onSubject, onMessage, onBackToTemplate }: Props) {
  const t = useT();
  return (
    <>
      <div class="mh-row mh-stack">
        <label class="mh-label" for="mh-subject">{t('subjectLabel')}</label>
        <input
          id="mh-subject"
          data-testid="mh-subject"
          type="text"
          value={subject}
          onInput={(e) => onSubject((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="mh-row mh-stack">
        <label class="mh-label" for="mh-message">{t('messageLabel')}</label>
        <textarea
          id="mh-message"
          data-testid="mh-message"
          rows={9}
          aria-describedby={publicChannel ? 'mh-public-note' : undefined}
          value={message}
          onInput={(e) => onMessage((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {edited && (
          <p class="mh-muted">
            {t('messageEdited')}{' '}
            <button type="button" class="link" data-testid="mh-reset" onClick={onBackToTemplate}>
              {t('messageReset')}
            </button>
          </p>
        )}
      </div>
      {publicChannel && (
        <p id="mh-public-note" class="mh-note" data-testid="mh-public-note">
          {t('publicNote')}
        </p>
      )}
    </>
  );
}
