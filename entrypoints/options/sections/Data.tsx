/**
 * The shopper's data: export as JSON or CSV, import a backup (checked whole before anything is written,
 * with its progress shown), delete everything into the recently deleted list, with undo.
 */
import { moscowDate } from '@/utils/calendar/moscow';
import { download } from '@/utils/platform/download';
import { useState } from 'preact/hooks';
import { now } from '@/utils/storage/clock';
import { exportBackup, importBackupFile } from '@/utils/transfer/backup';
import { MAX_IMPORT_BYTES, type ImportProgress } from '@/utils/transfer/check';
import { DELETED_KEPT_DAYS, everything } from '@/utils/db';
import { removeAll, restoreMany } from '@/utils/inquiries/writes';
import { toCsv } from '@/utils/transfer/csv';
import type { Language } from '@/utils/platform/i18n';
import { importFailureText, importOutcomeText, importProgressText } from '../import-text';
import { restoredNotice } from '@/utils/db/restore-text';
import { useT, useFormat, useLanguage, type Translate } from '@/components/settings';
import { Icon } from '@/components/Icon';

type OnStatus = (message: string) => void;

export function DataSection({ onStatus }: { onStatus: OnStatus }) {
  const language = useLanguage();
  const t = useT();
  const format = useFormat();
  const deletion = useDeleteAll(onStatus, t, format, language);
  const { progress, fileName, importFile } = useImport(onStatus, language);
  return (
    <section>
      <h2>{t('optionsData')}</h2>
      <p class="muted">{t('optionsDataNote')}</p>
      <ExportRow onStatus={onStatus} />
      <div class="row">
        <label for="mh-import">{t('importJson')}</label>
        {/* A real file input under our own button, in the shopper's language: the browser's own says
            «Choose File» in its language, not the extension's. Tab reaches it, Space or Enter opens it. */}
        <label class="file-pick button">
          <Icon name="upload" />
          {t('importChoose')}
          <input
            id="mh-import"
            class="sr-only"
            data-testid="mh-import"
            type="file"
            disabled={progress !== undefined}
            accept="application/json,.json"
            onChange={(e) => importFile(e.currentTarget)}
          />
        </label>
        <span class="file-chosen muted" data-testid="mh-import-file">
          {fileName === undefined ? t('importNoFile') : t('importChosen', fileName)}
        </span>
      </div>
      {progress !== undefined && (
        <div class="row" role="status" data-testid="mh-import-progress">
          <progress max={progress === 'reading' ? undefined : progress.total} value={progress === 'reading' ? undefined : progress.done} />{' '}
          {importProgressText(progress, language)}
        </div>
      )}
      <div class="row">
        <button type="button" class="danger" data-testid="mh-delete-all" onClick={deletion.deleteAll}>
          {t('deleteAll')}
        </button>
        {deletion.undo.length > 0 && (
          <button type="button" class="link" data-testid="mh-undo-delete-all" onClick={deletion.undoDeleteAll}>
            {t('popupUndo')}
          </button>
        )}
      </div>
      <p>
        <a href="/cases.html#deleted" target="_blank" data-testid="mh-open-deleted">
          {t('deletedTitle')}
        </a>
      </p>
    </section>
  );
}

/** The two exports, named by today's date in Moscow. */
function ExportRow({ onStatus }: { onStatus: OnStatus }) {
  const t = useT();
  const language = useLanguage();
  const stamp = () => moscowDate(now());
  return (
    <div class="row">
      <button
        type="button"
        data-testid="mh-export-json"
        onClick={async () => {
          const text = await exportBackup(now());
          const name = `market-helpdesk-${stamp()}.json`;
          download(name, text, 'application/json');
          onStatus(t('exportDone', name));
          // A file the import would refuse is still saved, and the shopper is told before relying on it.
          if (new Blob([text]).size > MAX_IMPORT_BYTES) onStatus(t('exportTooLargeToImport', Math.round(MAX_IMPORT_BYTES / 1024 / 1024)));
        }}
      >
        {t('exportJson')}
      </button>
      <button
        type="button"
        data-testid="mh-export-csv"
        onClick={async () => {
          const name = `market-helpdesk-${stamp()}.csv`;
          download(name, toCsv((await everything()).inquiries, language), 'text/csv;charset=utf-8');
          onStatus(t('exportDone', name));
        }}
      >
        {t('exportCsv')}
      </button>
    </div>
  );
}

/** Delete everything into the recently deleted list; `undo` holds what the last deletion took, to bring back. */
function useDeleteAll(onStatus: OnStatus, t: Translate, format: ReturnType<typeof useFormat>, language: Language) {
  const [undo, setUndo] = useState<string[]>([]);

  const deleteAll = async () => {
    if (!confirm(t('deleteAllConfirm', DELETED_KEPT_DAYS))) return;
    try {
      const ids = await removeAll(now());
      setUndo(ids);
      onStatus(t('deleteAllDone', ids.length));
    } catch (error) {
      onStatus(t('popupActionError', format.failure(error)));
    }
  };

  const undoDeleteAll = async () => {
    try {
      onStatus(restoredNotice(await restoreMany(undo), language).text);
      setUndo([]);
    } catch (error) {
      onStatus(t('popupActionError', format.failure(error)));
    }
  };

  return { undo, deleteAll, undoDeleteAll };
}

/** The import of a backup file chosen in `input`, and its progress while it runs. */
function useImport(onStatus: OnStatus, language: Language) {
  /** While an import runs: reading the file, then checking and writing its records. */
  const [progress, setProgress] = useState<ImportProgress | 'reading' | undefined>(undefined);
  /** The last file chosen, named beside the button (the input itself is emptied to allow the same file again). */
  const [fileName, setFileName] = useState<string | undefined>(undefined);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setFileName(file.name);
    setProgress('reading');
    try {
      onStatus(importOutcomeText(await importBackupFile(file, setProgress), language));
    } catch (error) {
      onStatus(importFailureText(error, language));
    } finally {
      setProgress(undefined);
    }
  };

  return { progress, fileName, importFile };
}
