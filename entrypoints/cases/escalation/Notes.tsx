/** The core's warnings and advice beside the document, never printed in it, each with its source. */
import type { Note } from '@/utils/escalation/documents';
import { t, type Language } from '@/utils/platform/i18n';
import { webHref } from '@/utils/platform/links';


export function Notes({ notes, language }: { notes: Note[]; language: Language }) {
  if (!notes.length) return null;
  return (
    <div class="doc-notes no-print" data-testid="mh-doc-notes">
      <h4>{t('escalateNotes', language)}</h4>
      <ul>
        {notes.map((note) => {
          const link = webHref(note.url);
          return (
            <li key={note.id} class={note.level === 'warning' ? 'notice' : undefined} data-testid="mh-doc-note" data-id={note.id} data-level={note.level}>
              {note[language]}{' '}
              <span class="muted">
                ({t('escalateNoteSource', language, note.source)}
                {link && (
                  <>
                    {' · '}
                    <a href={link} target="_blank" rel="noopener noreferrer" data-testid="mh-doc-note-link">{link}</a>
                  </>
                )}
                {!link && note.url && ` · ${note.url}`})
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
