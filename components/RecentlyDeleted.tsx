/**
 * The recently deleted list: inquiries deleted from the popup, the history page or "delete all", kept in
 * the database (so a closed popup or a restarted browser loses none of them) for DELETED_KEPT_DAYS, each
 * with "restore", and an "erase for good" for the shopper who wants them gone now.
 */
import { useEffect, useState } from 'preact/hooks';
import { DELETED_KEPT_DAYS, recentlyDeleted } from '@/utils/db';
import { now } from '@/utils/storage/clock';
import { erase, restore, restoreMany } from '@/utils/inquiries/writes';
import type { Inquiry } from '@/utils/inquiries/model';
import { restoredNotice } from '@/utils/db/restore-text';
import { MARKETPLACES } from '@/utils/marketplaces/facts';
import { useT, useFormat, useLanguage } from './settings';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; inquiries: Inquiry[] };

export function RecentlyDeleted({ onChanged }: { onChanged?: () => void }) {
  const language = useLanguage();
  const t = useT();
  const format = useFormat();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | undefined>(undefined);

  const load = async () => {
    try {
      setState({ kind: 'ready', inquiries: await recentlyDeleted(now()) });
    } catch (error) {
      setState({ kind: 'error', message: format.failure(error) });
    }
  };
  useEffect(() => void load(), []);

  const run = async (action: () => Promise<{ text: string; error?: boolean }>) => {
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ text: t('popupActionError', format.failure(error)), error: true });
    }
    await load();
    onChanged?.();
  };
  const restoreOne = (inquiry: Inquiry) =>
    run(async () => {
      const found = await restore(inquiry.id);
      return restoredNotice({ restored: 0, 'already-back': 0, gone: 0, [found]: 1 }, language);
    });
  const restoreAll = (ids: string[]) => run(async () => restoredNotice(await restoreMany(ids), language));
  const eraseAll = (ids: string[]) => {
    if (!confirm(t('deletedEraseConfirm', ids.length))) return;
    void run(async () => ({ text: t('deletedErased', await erase(ids)) }));
  };

  return (
    <section class="recently-deleted" data-testid="mh-deleted" aria-labelledby="mh-deleted-title">
      <h2 id="mh-deleted-title">{t('deletedTitle')}</h2>
      <p class="muted">{t('deletedNote', DELETED_KEPT_DAYS)}</p>
      {notice && (
        <p class={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'} data-testid="mh-deleted-notice">
          {notice.text}
        </p>
      )}
      {state.kind === 'loading' && <p class="muted">{t('popupLoading')}</p>}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {t('deletedLoadError', state.message)}
        </p>
      )}
      {state.kind === 'ready' && state.inquiries.length === 0 && (
        <p class="empty" data-testid="mh-deleted-empty">
          {t('deletedEmpty')}
        </p>
      )}
      {state.kind === 'ready' && state.inquiries.length > 0 && (
        <>
          <div class="row">
            <button type="button" data-testid="mh-deleted-restore-all" onClick={() => void restoreAll(state.inquiries.map((i) => i.id))}>
              {t('deletedRestoreAll')}
            </button>
            <button type="button" class="danger" data-testid="mh-deleted-erase-all" onClick={() => eraseAll(state.inquiries.map((i) => i.id))}>
              {t('deletedEraseAll')}
            </button>
          </div>
          <ul class="deleted-list" data-testid="mh-deleted-list" data-count={String(state.inquiries.length)}>
            {state.inquiries.map((inquiry) => (
              <li key={inquiry.id} data-testid="mh-deleted-item" data-id={inquiry.id}>
                <span class="deleted-title">{inquiry.fields.title || inquiry.subject}</span>{' '}
                <span class="muted">
                  {t(MARKETPLACES[inquiry.marketplace].label)} · {t('deletedOn', format.dateTime(inquiry.deletedAt!))}
                </span>{' '}
                <button type="button" class="link" data-testid="mh-deleted-restore" onClick={() => void restoreOne(inquiry)}>
                  {t('deletedRestore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
