/**
 * What the shopper sees of the panel on the page: the launcher (./launcher.ts) and the dialog's frame
 * (utils/panel-frame/host.ts), open or closed, in the shopper's language, and where focus goes back to.
 * What the page says comes from the page session (./page-session.ts), which owns the reading.
 */
// The launcher's one label, taken from the bundled messages by name so that only it is bundled here
// (utils/platform/i18n would bring every message into a script that runs on every page).
import { launcherLabel as launcherLabelEn, panelFrameFailed as panelFrameFailedEn } from '@/public/_locales/en/messages.json';
import { launcherLabel as launcherLabelRu, panelFrameFailed as panelFrameFailedRu } from '@/public/_locales/ru/messages.json';
import { ORDER_BUTTON_TAG, PANEL_TAG } from '@/utils/in-page/elements';
import { watchPageField } from '@/utils/in-page/page-field';
import type { ContentContext } from '@/utils/in-page/script-context';
import type { PageContext } from '@/utils/marketplaces/types';
import { loadPageReader, pageReader } from '@/utils/page-reader/load';
import { makeFrameElement, type FrameElement } from '@/utils/panel-frame/element';
import type { FrameHandlers, PanelFrame } from '@/utils/panel-frame/host';
import { TEST_BUILD } from '@/utils/platform/build';
import type { LauncherSettings } from '@/utils/storage/settings';
import { LAUNCHER_DEFAULTS } from './launcher-settings';
import { mountLauncher, type LauncherParts } from './launcher';

/** What the view asks of the page session. */
export interface ViewSource extends Omit<FrameHandlers, 'onClose' | 'onFailed' | 'pageField'> {
  /** The page as last read; the view shows nothing without it. */
  context(): PageContext | undefined;
  /** The shopper's own click on the launcher (to open, or to close). */
  onLauncherClick(): void;
}

export class PanelView {
  private parts: LauncherParts | undefined;
  /** The dialog's frame and its port: made when the shopper first opens the panel. */
  private frame: PanelFrame | undefined;
  /** The frame's element made at the click, before the readers (which bring the rest of it) are here. */
  private early: FrameElement | undefined;
  private isOpen = false;
  /** Where focus was before the panel opened (the launcher, or the page when opened by shortcut). */
  private returnFocus: HTMLElement | undefined;
  /** The order card's button it was just opened from, which the frame must not cover. */
  private openedFrom: Element | undefined;
  private launcherMarked = false;
  /** The page kept moving our host away: the launcher is off this page for good (./launcher.ts). */
  private gone = false;
  settings: LauncherSettings = LAUNCHER_DEFAULTS;
  /** Whether the settings have come (or the wait for them is over): till then the launcher stays hidden. */
  settingsKnown = false;

  /** The page's text box the shopper last focused, for «Вставить в поле». */
  private readonly pageField: () => Element | undefined;

  constructor(
    private readonly ctx: ContentContext,
    private readonly source: ViewSource,
  ) {
    this.pageField = watchPageField(ctx, () => (this.parts?.root.getRootNode() as ShadowRoot | undefined)?.host);
  }

  get open(): boolean {
    return this.isOpen;
  }

  /** A frame is on the page already (the panel was opened before, and its frame kept). */
  get hasFrame(): boolean {
    return !!this.frame?.element;
  }

  /** The launcher on the page (once; never again where the page kept moving it away). */
  mount(): void {
    if (this.gone) return;
    this.parts ??= mountLauncher(this.ctx, {
      onClick: () => this.source.onLauncherClick(),
      // The readers (and the frame's code with them) fetched while the pointer is on its way to the click.
      onApproach: () => void loadPageReader().catch(() => undefined),
      // The frame goes with the panel: a new one is made at the next opening, in the host put back.
      onMoved: () => this.dropFrame(),
      onGone: () => {
        this.gone = true;
        this.parts = undefined;
        this.dropFrame();
      },
    });
  }

  /** Brings every part of the panel in line with the current state. */
  update(focusInside = false): void {
    const context = this.source.context();
    if (!context || !this.parts) return;
    const { root, launcher, failure } = this.parts;
    if (this.isOpen) failure.hidden = true;
    failure.textContent = (this.settings.language === 'en' ? panelFrameFailedEn : panelFrameFailedRu).message;
    root.dataset.kind = context.kind;
    root.dataset.open = String(this.isOpen);
    launcher.hidden = !this.settingsKnown || this.settings.hiddenLaunchers.includes(context.marketplace);
    // For the benchmark (bench/run.mjs), which reads when the launcher came — shown, or known to stay
    // hidden — from the page's own clock; only in the build for tests: the shopper's build leaves no trace
    // in the page's performance timeline.
    if (TEST_BUILD && this.settingsKnown && !this.launcherMarked) {
      this.launcherMarked = true;
      performance.mark('market-helpdesk:launcher');
    }
    const label = this.launcherText();
    // Its name, said and shown (on hover and focus, launcher.ts); no `title`, which would show it twice.
    launcher.setAttribute('aria-label', label);
    launcher.setAttribute('aria-expanded', String(this.isOpen));
    if (this.isOpen) launcher.setAttribute('aria-controls', 'mh-dialog');
    else launcher.removeAttribute('aria-controls');
    const openedFrom = this.openedFrom;
    this.openedFrom = undefined;
    if (!this.isOpen) this.frame?.hide();
    else if (this.frameOf(root)) this.frame?.show(focusInside, openedFrom);
    // The frame's code could not be had: closed again, with the word why (the next click tries again).
    else this.failed();
  }

  /**
   * At the shopper's click, before the readers are fetched: the frame's element is made, hidden, so that
   * its page loads in its own process meanwhile (utils/panel-frame/element.ts). Once per frame.
   */
  prepare(): void {
    if (this.early || !this.parts || this.frame?.element) return;
    this.early = makeFrameElement(this.parts.root, this.launcherText());
  }

  /** Opens (from the control that asked: focus comes back to it), or keeps open and moves focus in. */
  show(from?: Element | null): void {
    if (!this.isOpen) this.returnFocus = from instanceof HTMLElement && from.localName !== PANEL_TAG ? from : undefined;
    this.isOpen = true;
    const host = from?.getRootNode() instanceof ShadowRoot ? (from.getRootNode() as ShadowRoot).host : undefined;
    this.openedFrom = host?.localName === ORDER_BUTTON_TAG ? from! : undefined;
    this.update(true);
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.update();
    const launcher = this.parts?.launcher;
    const back = this.returnFocus?.isConnected ? this.returnFocus : launcher && !launcher.hidden ? launcher : undefined;
    this.returnFocus = undefined;
    back?.focus();
  }

  /** The page changed what it says (the frame is told, when it changed). */
  pageChanged(): void {
    this.frame?.update();
  }

  /** Off the page: the launcher, the frame. */
  remove(): void {
    const removing = this.parts;
    const held = this.frame;
    this.parts = undefined;
    this.frame = undefined;
    this.isOpen = false;
    held?.remove();
    this.dropEarly();
    removing?.remove();
  }

  /** The dialog's frame, made at its first opening; undefined where the readers (which bring it) could not be had. */
  private frameOf(root: HTMLElement): PanelFrame | undefined {
    this.frame ??= pageReader()?.createPanelFrame(root, () => this.launcherText(), {
      state: () => this.source.state(),
      find: (target) => this.source.find(target),
      cardText: () => this.source.cardText(),
      pageField: () => this.pageField(),
      onClose: () => this.close(),
      onFailed: () => this.failed(),
    }, () => {
      const made = this.early;
      this.early = undefined;
      return made;
    });
    return this.frame;
  }

  /** A frame made at the click that no host took (the readers could not be had, or the panel went). */
  private dropEarly(): void {
    this.early?.element.remove();
    this.early = undefined;
  }

  /** The frame did not draw: the panel is closed again, with a word why, and the next click retries. */
  private failed(): void {
    this.isOpen = false;
    this.dropEarly();
    this.update();
    if (!this.parts) return;
    this.parts.failure.hidden = false;
    if (!this.parts.launcher.hidden) this.parts.launcher.focus();
  }

  private dropFrame(): void {
    const held = this.frame;
    this.frame = undefined;
    this.isOpen = false;
    held?.remove();
    this.dropEarly();
    this.update();
  }

  private launcherText(): string {
    return (this.settings.language === 'en' ? launcherLabelEn : launcherLabelRu).message;
  }
}
