/**
 * What the panel's guard (./act-guard.ts) draws: the transparent shield that takes clicks while the panel
 * cannot act (with its reason when the page covers it), and the confirmation it asks for where the
 * browser cannot say whether the panel is seen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ActGuard, ActGuardState } from './act-guard';
import { useT } from '@/components/settings';

export function useActGuard(guard: ActGuard): ActGuardState {
  const [state, setState] = useState(guard.state);
  useEffect(() => {
    setState(guard.state());
    return guard.subscribe(() => setState(guard.state()));
  }, [guard]);
  return state;
}

export function ActShield({ guard }: { guard: ActGuard; }) {
  const t = useT();
  const { ready, covered } = useActGuard(guard);
  if (ready) return null;
  return (
    <div
      class={covered ? 'mh-shield mh-shield-covered' : 'mh-shield'}
      data-testid="mh-shield"
      data-covered={String(covered)}
      onClick={(event) => {
        event.preventDefault();
        guard.refuse();
        if (!covered) window.dispatchEvent(new Event(REFUSED_EVENT));
      }}
    >
      {covered && (
        <p class="mh-error" role="alert" data-testid="mh-covered">
          {t('panelCovered')}
        </p>
      )}
    </div>
  );
}

/** A click the shield took while the panel waited (not covered): said, so that it is not lost in silence. */
const REFUSED_EVENT = 'mh-click-waited';
const SAY_REFUSED_MS = 3_000;

/**
 * Says, for a moment, that a click was not taken because the panel waits after the page changed: the
 * shopper clicks again. Fixed at the panel's foot, so that it moves nothing.
 */
export function RefusedNote() {
  const t = useT();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = () => {
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), SAY_REFUSED_MS);
    };
    window.addEventListener(REFUSED_EVENT, say);
    return () => {
      window.removeEventListener(REFUSED_EVENT, say);
      clearTimeout(timer);
    };
  }, []);
  if (!shown) return null;
  return (
    <p class="mh-note mh-refused" role="status" data-testid="mh-click-waited">
      {t('panelClickWaited')}
    </p>
  );
}

export function ActConfirm({ guard }: { guard: ActGuard; }) {
  const t = useT();
  const { confirmation } = useActGuard(guard);
  if (!confirmation) return null;
  const copy = confirmation.kind === 'copy';
  const yes = (
    <button key="yes" type="button" class="primary" data-testid="mh-confirm-yes" onClick={() => confirmation.answer(true)}>
      {t(copy ? 'actConfirmYesCopy' : 'actConfirmYesSave')}
    </button>
  );
  const no = (
    <button key="no" type="button" data-testid="mh-confirm-no" onClick={() => confirmation.answer(false)}>
      {t('actConfirmNo')}
    </button>
  );
  return (
    <div class="mh-confirm" role="alertdialog" aria-labelledby="mh-confirm-title" aria-describedby="mh-confirm-why" data-testid="mh-confirm">
      <p id="mh-confirm-title">
        <strong>{t(copy ? 'actConfirmCopy' : 'actConfirmSave')}</strong>
      </p>
      <p id="mh-confirm-why" class="mh-muted">
        {t('actConfirmWhy')}
      </p>
      <div class="mh-confirm-places">
        {[0, 1, 2].map((place) => (
          <div key={place}>{place === confirmation.yesAt ? yes : place === confirmation.noAt ? no : null}</div>
        ))}
      </div>
    </div>
  );
}
