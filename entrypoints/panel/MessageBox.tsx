/**
 * The message of the contact flow: its text first, editable, with the cursor on the place where the
 * shopper adds their own words; the subject only where the channel has one (an e-mail); the way back to
 * the template once edited; a warning where the chosen channel is public.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '@/components/settings';

interface Props {
  subject: string;
  message: string;
  /** Where the shopper's own words go in the drafted text (utils/templates `cursor`, `cursorEnd`). */
  blank: { start: number; end: number };
  /** Changes when the text is drafted anew (another situation or topic): the cursor goes to its blank. */
  draftedFor: string;
  /** Counts the panel's openings: each puts the focus in the text. */
  opened: number;
  /** The chosen channel takes a subject (an e-mail). */
  withSubject: boolean;
  /** The shopper edited the text: it no longer follows the template. */
  edited: boolean;
  /** The chosen channel shows what is written to everyone. */
  publicChannel: boolean | undefined;
  onSubject: (value: string) => void;
  onMessage: (value: string) => void;
  onBackToTemplate: () => void;
}

export function MessageBox(props: Props) {
  const { subject, message, blank, draftedFor, opened, withSubject, edited, publicChannel, onSubject, onMessage, onBackToTemplate } = props;
  const t = useT();
  const text = useRef<HTMLTextAreaElement>(null);
  const placeCursor = (focus: boolean) => {
    const area = text.current;
    if (!area || edited) return;
    if (focus) area.focus({ preventScroll: true });
    area.setSelectionRange(blank.start, blank.end);
  };
  useEffect(() => placeCursor(opened > 0), [opened]);
  useEffect(() => placeCursor(document.activeElement === text.current), [draftedFor]);
  return (
    <div class="mh-message" data-testid="mh-topic-id" data-value={draftedFor.split(':')[1]} data-subject={subject}>
      {withSubject && (
        <div class="mh-row mh-stack">
          <label class="mh-label" for="mh-subject">{t('subjectLabel')}</label>
          <input id="mh-subject" data-testid="mh-subject" type="text" value={subject} onInput={(e) => onSubject(e.currentTarget.value)} />
        </div>
      )}
      <label class="sr-only" for="mh-message">{t('messageLabel')}</label>
      <textarea
        ref={text}
        id="mh-message"
        data-testid="mh-message"
        rows={8}
        aria-describedby={publicChannel ? 'mh-public-note' : undefined}
        value={message}
        onInput={(e) => onMessage(e.currentTarget.value)}
      />
      {edited && (
        <p class="mh-muted">
          {t('messageEdited')}{' '}
          <button type="button" class="link" data-testid="mh-reset" onClick={onBackToTemplate}>
            {t('messageReset')}
          </button>
        </p>
      )}
      {publicChannel && (
        <p id="mh-public-note" class="mh-note" data-testid="mh-public-note">
          {t('publicNote')}
        </p>
      )}
    </div>
  );
}
