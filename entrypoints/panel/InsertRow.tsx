/**
 * «Вставить в поле»: the message put into the page's text box the shopper last clicked (a chat's input,
 * the question form), as typed text the page's own code sees, and copied as ever. Never sent: the page's
 * «Отправить» is the shopper's. Said what came of it, under the button.
 */
import { useState } from 'preact/hooks';
import { Icon } from '@/components/Icon';
import { useT } from '@/components/settings';
import type { PanelEnvironment } from './environment';

type Said = 'inserted' | 'no-field' | 'no-field-not-copied' | undefined;

export function InsertRow({ env, text }: { env: PanelEnvironment; text: string }) {
  const t = useT();
  const [said, setSaid] = useState<Said>();
  const [busy, setBusy] = useState(false);
  const insert = async () => {
    setBusy(true);
    try {
      const result = await env.insert(text);
      if (result === 'declined') return setSaid(undefined);
      setSaid(result.outcome === 'inserted' ? 'inserted' : result.copied ? 'no-field' : 'no-field-not-copied');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="mh-insert">
      <button type="button" class="small" data-testid="mh-insert" title={t('insertHint')} disabled={busy || !text.trim()} onClick={() => void insert()}>
        <Icon name="copy" /> {t('insertIntoField')}
      </button>
      {said && (
        <p class={`mh-note${said === 'inserted' ? '' : ' mh-warn'}`} role="status" data-testid="mh-insert-note" data-value={said}>
          {t(said === 'inserted' ? 'insertDone' : said === 'no-field' ? 'insertNoField' : 'insertNoFieldNotCopied')}
        </p>
      )}
    </div>
  );
}
