/** A case file's evidence: the kept files as thumbnails, the button that adds more, and what came of it. */
import { useEffect, useState } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { isQuotaError } from '@/utils/db/errors';
import type { Attachment } from '@/utils/inquiries/model';
import { attach as attachFile } from '@/utils/inquiries/writes';
import { now } from '@/utils/storage/clock';
import { useT, type Translate, type useFormat } from '@/components/settings';

/** What the last attaching came to: the files added, or why some were not. */
export interface AttachNotice {
  error: boolean;
  text: string;
}

/** Keeps each file with the inquiry, one by one, so one refused file does not stop the others. */
export async function attachAll(
  inquiryId: string,
  list: File[],
  t: Translate,
  format: ReturnType<typeof useFormat>,
): Promise<AttachNotice> {
  const problems: string[] = [];
  const added: string[] = [];
  for (const file of list) {
    try {
      const result = await attachFile(inquiryId, file, now());
      if (result.ok) added.push(file.name);
      else if (result.error === 'too-large') problems.push(t('attachTooLarge', file.name));
      else if (result.error === 'type') problems.push(t('attachType', file.name));
      else problems.push(t('historyNotFound'));
    } catch (error) {
      problems.push(isQuotaError(error) ? t('errorStorageFullShort') : format.failure(error));
    }
  }
  if (problems.length) return { error: true, text: problems.join(' ') };
  return { error: false, text: t('attachDone', added.join(', ')) };
}

interface Props {
  files: Attachment[];
  notice: AttachNotice | undefined;
  onAttach: (input: HTMLInputElement) => void;
}

export function Attachments({ files, notice, onAttach }: Props) {
  const t = useT();
  return (
    <section class="case-section" aria-labelledby="mh-case-files-title">
      <h3 id="mh-case-files-title">{t('historyAttachments')}</h3>
      {files.length === 0 && <p class="muted">{t('historyNoAttachments')}</p>}
      <ul class="attachments" data-testid="mh-attachments">
        {files.map((file) => (
          <AttachmentThumb key={file.id} file={file} />
        ))}
      </ul>
      <label class="attach button">
        <Icon name="clip" />
        {t('historyAttach')}
        <input class="sr-only" type="file" multiple accept="image/*,application/pdf" data-testid="mh-attach" onChange={(e) => onAttach(e.currentTarget)} />
      </label>
      {notice && (
        <p class={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'} data-testid={notice.error ? 'mh-attach-error' : 'mh-attach-status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}

/** A thumbnail that opens the file full size; the object URL is let go when it leaves the page. */
function AttachmentThumb({ file }: { file: Attachment }) {
  // The extension's own object URL of the kept file (blob:chrome-extension://…), never an address from data.
  const [objectUrl, setObjectUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    const made = URL.createObjectURL(file.blob);
    setObjectUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file.id]);
  return (
    <li data-testid="mh-attachment" data-name={file.name} data-type={file.type} data-size={String(file.size)}>
      <a href={objectUrl} target="_blank" rel="noopener" title={file.name}>
        {file.type.startsWith('image/') && objectUrl ? <img src={objectUrl} alt="" /> : <span class="pdf" aria-hidden="true">PDF</span>}
        <span class="file-name">{file.name}</span>
      </a>
    </li>
  );
}
