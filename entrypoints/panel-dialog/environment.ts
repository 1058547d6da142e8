/**
 * What the panel may do on the page and with the extension, gathered in one object so that the panel
 * itself stays a component: copy to the clipboard, show the page's own form, open a tab, save through
 * the background, keep drafts.
 */
import { discardDraft, draftKey, loadDraft, saveDraft, type Draft } from '../../utils/drafts';
import type { SaveInquiryRequest, SaveInquiryResult } from '../../utils/inquiry';
import type { PageContext, PageTarget } from '../../utils/marketplaces/types';
import { sendMessage } from '../../utils/messages';

export interface PanelEnvironment {
  /** The page's own controls for the seller channels that are present now. */
  targets(): PageTarget[];
  copy(text: string): Promise<boolean>;
  /** Scrolls to the page's control and outlines it; false when it is gone. */
  reveal(target: PageTarget): boolean;
  save(request: SaveInquiryRequest): Promise<SaveInquiryResult | 'no-background'>;
  loadDraft(): Promise<Draft | undefined>;
  /** Keeps the draft (after a short pause in typing; `flushDraft` writes a pending one at once). */
  saveDraft(draft: Draft): void;
  flushDraft(): void;
  discardDraft(): void;
}

export function createEnvironment(
  context: PageContext,
  shadow: ShadowRoot,
  find: (target: PageTarget) => Element | null,
): PanelEnvironment {
  const key = draftKey(context);
  let pendingDraft: ReturnType<typeof setTimeout> | undefined;
  let unsaved: Draft | undefined;
  const writeDraft = () => {
    clearTimeout(pendingDraft);
    pendingDraft = undefined;
    const draft = unsaved;
    unsaved = undefined;
    if (draft) void saveDraft(key, draft).catch(() => {});
  };

  return {
    targets: () => (['seller-question', 'seller-chat'] as const).filter((t) => find(t) !== null),

    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return copyWithSelection(text, shadow);
      }
    },

    reveal(target) {
      const element = find(target);
      if (!element) return false;
      element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      if (element instanceof HTMLElement && element.matches('textarea, input, button, a')) {
        element.focus({ preventScroll: true });
      }
      outline(element, shadow);
      return true;
    },

    async save(request) {
      try {
        return await sendMessage('saveInquiry', request);
      } catch {
        // The extension was reloaded under the page: this content script can no longer reach it.
        return 'no-background';
      }
    },

    loadDraft: () => loadDraft(key).catch(() => undefined),

    saveDraft(draft) {
      unsaved = draft;
      clearTimeout(pendingDraft);
      pendingDraft = setTimeout(writeDraft, 300);
    },

    flushDraft: writeDraft,

    discardDraft() {
      clearTimeout(pendingDraft);
      unsaved = undefined;
      void discardDraft(key).catch(() => {});
    },
  };
}

/**
 * The clipboard API refuses without focus or permission; a selection and execCommand still works. The
 * helper text box goes inside the panel's body, where the panel's events are stopped, and focus goes back
 * where it was.
 */
function copyWithSelection(text: string, root: ShadowRoot): boolean {
  const holder = document.createElement('textarea');
  holder.value = text;
  holder.setAttribute('readonly', '');
  holder.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  const focused = root.activeElement as HTMLElement | null;
  (root.querySelector('body') ?? root).append(holder);
  holder.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  holder.remove();
  focused?.focus();
  return copied;
}

/**
 * Outlines a page element from inside our own shadow root (the page's DOM is left untouched), following
 * it while the page scrolls, for a few seconds.
 */
function outline(element: Element, root: ShadowRoot): void {
  root.querySelector('.mh-outline')?.remove();
  const ring = document.createElement('div');
  ring.className = 'mh-outline';
  ring.setAttribute('data-testid', 'mh-outline');
  root.querySelector('.mh-root')?.append(ring);
  const until = performance.now() + 4000;
  const place = () => {
    if (!ring.isConnected) return;
    if (performance.now() > until) return ring.remove();
    const rect = element.getBoundingClientRect();
    ring.style.cssText = `left:${rect.left - 6}px;top:${rect.top - 6}px;width:${rect.width + 12}px;height:${rect.height + 12}px`;
    requestAnimationFrame(place);
  };
  place();
}
