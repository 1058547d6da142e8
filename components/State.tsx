/**
 * The state of something that has nothing to show yet: empty (what will come here and how), loading, or
 * an error (what went wrong, in words). One drawing for every page.
 */
import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './Icon';
import { useT } from './settings';

interface Props {
  kind: 'empty' | 'loading' | 'error';
  title?: ComponentChildren;
  icon?: IconName;
  testid?: string;
  value?: string;
  children?: ComponentChildren;
}

export function State({ kind, title, icon, testid, value, children }: Props) {
  return (
    <div
      class="state"
      data-kind={kind}
      role={kind === 'error' ? 'alert' : kind === 'loading' ? 'status' : undefined}
      data-testid={testid}
      data-value={value}
    >
      {kind === 'loading' ? <span class="spinner" aria-hidden="true" /> : <Icon name={icon ?? (kind === 'error' ? 'alert' : 'inbox')} />}
      {title && <p class="state-title">{title}</p>}
      {children && <div class="state-body">{children}</div>}
    </div>
  );
}

/** The history could not be read: what happened, and what to try. */
export function ListError({ message, testid }: { message: string; testid?: string }) {
  const t = useT();
  return (
    <State kind="error" testid={testid} title={t('popupError', message)}>
      {t('popupErrorHow')}
    </State>
  );
}
