/** The core's warnings and advice beside the document, never printed in it, each with its source. */
import type { Note } from '@/utils/escalation/documents';
import { webHref } from '@/utils/platform/links';
import { useT, useLanguage } from '@/components/settings';


export function Notes({ notes }: { notes: Note[]; }) {
  const language = useLanguage();
  const t = useT();
  if (!notes.length) return null;
  return (
    <div class="doc-notes no-print" data-testid="mh-doc-notes">
      <h4>{t('escalateNotes')}</h4>
      <ul>
        {notes.map((note) => {
          const link = webHref(note.url);
          return (
            <li key={note.id} class={note.level === 'warning' ? 'notice' : undefined} data-testid="mh-doc-note" data-id={note.id} data-level={note.level}>
              {note[language]}{' '}
              <span class="muted">
                ({t('escalateNoteSource', note.source[language])}
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
