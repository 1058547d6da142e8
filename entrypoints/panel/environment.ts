/**
 * What the panel may do on the page and with the extension, gathered in one object so that the panel
 * itself stays a component: copy to the clipboard, have the page's own form shown, save through the
 * background, keep drafts. The page is reached only through the content script (`PageBridge`).
 */
import { isQuotaError } from '@/utils/db/errors';
import { discardDraft, draftKey, loadDraft, saveDraft, sweepDrafts, type Draft } from '@/utils/storage/drafts';
import type { SaveInquiryRequest, SaveInquiryResult } from '@/utils/inquiries/model';
import type { PageContext, PageTarget } from '@/utils/marketplaces/types';
import { sendMessage } from '@/utils/messages';
import type { PageBridge } from '@/utils/panel-frame/guest';
import type { InsertOutcome, RevealOutcome } from '@/utils/panel-frame/protocol';
import type { ActGuard } from './act-guard';

export type { PageBridge };

/** A copy made, failed (the browser refused), or declined by the shopper when asked (./act-guard.ts). */
export type CopyOutcome = 'copied' | 'failed' | 'declined';

export interface PanelEnvironment {
  /** The page's own controls for the seller channels that are present now. */
  targets(): PageTarget[];
  /** Those the page does not show now: the flow does not lead with them. */
  hiddenTargets(): PageTarget[];
  copy(text: string): Promise<CopyOutcome>;
  /** Whether copying `text` will first ask the shopper (./act-guard.ts): a link then opens after the answer. */
  asksBeforeCopying(text: string): boolean;
  /**
   * Has the page scroll to its control and outline it: 'shown', or 'hidden' (on the page, not drawn: the
   * shopper must open it) or 'absent' (not on this page).
   */
  reveal(target: PageTarget): Promise<RevealOutcome>;
  /** 'declined': the shopper said no when asked to confirm (./act-guard.ts); nothing was sent. */
  save(request: SaveInquiryRequest): Promise<SaveInquiryResult | 'no-background' | 'declined'>;
  /** Takes back the inquiry just recorded (the panel's "undo"); false when the background refused. */
  unsave(inquiryId: string): Promise<boolean>;
  /** The product card's text, read from the page now; undefined when it shows none. */
  cardText(): Promise<string | undefined>;
  /**
   * «Вставить в поле»: `text` copied (as ever, the clipboard keeps it), then put into the page's text box
   * the shopper last focused; never sent. 'declined': the shopper said no when asked (nothing done).
   */
  insert(text: string): Promise<{ outcome: InsertOutcome; copied: boolean } | 'declined'>;
  /** The page's selected text now; undefined when nothing is selected. */
  pageSelection(): Promise<string | undefined>;
  loadDraft(): Promise<Draft | undefined>;
  /** Keeps the draft (after a short pause in typing; `flushDraft` writes a pending one at once). */
  saveDraft(draft: Draft): void;
  flushDraft(): void;
  discardDraft(): void;
  /**
   * Calls back after each draft write: undefined when it was kept, 'full' when the disk is full, 'failed'
   * otherwise (the text stays in the form either way). Returns the function that stops it.
   */
  onDraftWritten(listener: (problem: DraftProblem | undefined) => void): () => void;
}

/** Why a draft was not kept: the disk is full, or the write failed otherwise. */
export type DraftProblem = 'full' | 'failed';

/**
 * `guard`: whether the panel can be seen, and the shopper's confirmation where the browser cannot say:
 * nothing that carries the profile is copied or saved without it (./act-guard.ts).
 */
export function createEnvironment(context: PageContext, page: PageBridge, guard: Pick<ActGuard, 'mayUse' | 'asks'>): PanelEnvironment {
  const key = draftKey(context);
  let pendingDraft: ReturnType<typeof setTimeout> | undefined;
  let unsaved: Draft | undefined;
  /** The first draft written here may be a new one: the oldest beyond the limit go then. */
  let swept = false;
  const listeners = new Set<(problem: DraftProblem | undefined) => void>();
  const tell = (problem: DraftProblem | undefined) => listeners.forEach((listener) => listener(problem));
  const writeDraft = () => {
    clearTimeout(pendingDraft);
    pendingDraft = undefined;
    const draft = unsaved;
    unsaved = undefined;
    if (!draft) return;
    void saveDraft(key, draft).then(
      () => {
        tell(undefined);
        if (swept) return;
        swept = true;
        void sweepDrafts(Date.now(), key).catch(() => {});
      },
      (error) => tell(isQuotaError(error) ? 'full' : 'failed'),
    );
  };

  const env: PanelEnvironment = {
    targets: () => page.targets(),
    hiddenTargets: () => page.hiddenTargets(),

    asksBeforeCopying: (text) => guard.asks(text),

    async copy(text) {
      if (!(await guard.mayUse('copy', text))) return 'declined';
      try {
        await navigator.clipboard.writeText(text);
        return 'copied';
      } catch {
        return copyWithSelection(text) ? 'copied' : 'failed';
      }
    },

    reveal: (target) => page.reveal(target),

    cardText: () => page.cardText().catch(() => undefined),

    async insert(text) {
      const copied = await env.copy(text);
      if (copied === 'declined') return 'declined';
      const outcome = await page.insert(text).catch(() => 'no-field' as const);
      return { outcome, copied: copied === 'copied' };
    },

    pageSelection: () => page.selection().catch(() => undefined),

    async save(request) {
      if (!(await guard.mayUse('save', `${request.subject}\n${request.message}`))) return 'declined';
      // A service worker stopped between writing and answering gives no answer: the request is made once
      // more (its id lets the background answer with what it wrote, never write it twice).
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          return await sendMessage('saveInquiry', request);
        } catch {
          // Asked again below; then the extension was reloaded or updated under the page.
        }
      }
      return 'no-background';
    },

    unsave: (inquiryId) => sendMessage('unsaveInquiry', inquiryId).catch(() => false),

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

    onDraftWritten(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return env;
}

/**
 * The clipboard API refuses without focus or when the page's permissions policy withholds it from frames;
 * a selection and execCommand still works. Focus goes back where it was.
 */
function copyWithSelection(text: string): boolean {
  const holder = document.createElement('textarea');
  holder.value = text;
  holder.setAttribute('readonly', '');
  holder.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  const focused = document.activeElement as HTMLElement | null;
  document.body.append(holder);
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
