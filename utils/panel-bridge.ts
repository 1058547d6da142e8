/**
 * The panel comes in two parts. The content script, on every marketplace page, is small: it reads the
 * page and shows the launcher. The dialog — the contact flow with its templates and catalogue — is a
 * separate script the background injects into the same isolated world the first time the shopper opens
 * the panel, so pages where nobody opens it never pay for it. This is the contract between the two.
 */
import type { PageContext, PageTarget } from './marketplaces/types';

export const DIALOG_GLOBAL = '__marketHelpdeskDialog';
export const DIALOG_SCRIPT = '/panel-dialog.js';

export interface DialogProps {
  context: PageContext;
  marketplaceName: string;
  /** The shadow root the dialog lives in (for outlines and the clipboard fallback). */
  shadow: ShadowRoot;
  /** The page's own control for a seller channel, if the page has it now. */
  findTarget: (target: PageTarget) => Element | null;
  /** The shopper closed the dialog (Escape, the close button). */
  onClose: () => void;
  /** Counts the openings: each new one moves focus into the dialog. */
  opened: number;
}

export interface DialogApi {
  /** Renders (or re-renders) the dialog into the container. */
  render(container: HTMLElement, props: DialogProps): void;
  unmount(container: HTMLElement): void;
}

export function dialogApi(): DialogApi | undefined {
  return (globalThis as Record<string, unknown>)[DIALOG_GLOBAL] as DialogApi | undefined;
}
