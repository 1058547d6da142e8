/**
 * The launcher's shadow root, mounted on the page: the launcher button, the word shown when the dialog
 * could not be drawn, and the root the dialog's frame is made in.
 */
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TEST_BUILD } from '../../utils/platform/build';
import launcherCss from './launcher.css?inline';
import type { PanelFrame } from './panel-frame';

export const PANEL_TAG = 'market-helpdesk-panel';

/**
 * Closed for the shopper, so that the page's scripts cannot reach the launcher, the frame element (its
 * address, its size) or restyle them; open in the build for tests, which Playwright must reach into.
 */
export const SHADOW_MODE: ShadowRootMode = TEST_BUILD ? 'open' : 'closed';

/**
 * Events stopped at the shadow root, so that the page's listeners do not see, in their bubbling phase,
 * focus moving to the launcher or into the frame. What is typed in the dialog never reaches the page at
 * all: it happens in the frame's own document.
 */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change',
  'compositionstart', 'compositionupdate', 'compositionend',
  'copy', 'cut', 'paste', 'focusin', 'focusout',
];

const LAUNCHER_ICON =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z';

function launcherIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', LAUNCHER_ICON);
  svg.append(path);
  return svg;
}

export interface LauncherParts {
  ui: ShadowRootContentScriptUi<void>;
  launcher: HTMLButtonElement;
  /** Says, in the shadow root, that the dialog could not be shown (and that another click tries again). */
  failure: HTMLParagraphElement;
  frame: PanelFrame;
}

/** `onClick` hears the shopper's clicks on the launcher; `createFrame` makes the dialog's frame in the root. */
export function mountLauncher(
  ctx: ContentScriptContext,
  onClick: () => void,
  createFrame: (root: HTMLElement) => PanelFrame,
): Promise<LauncherParts> {
  let launcher!: HTMLButtonElement;
  let failure!: HTMLParagraphElement;
  let frame!: PanelFrame;
  return createShadowRootUi(ctx, {
    name: PANEL_TAG,
    mode: SHADOW_MODE,
    position: 'inline',
    anchor: 'html',
    css: launcherCss,
    isolateEvents: ISOLATED_EVENTS,
    onMount(container) {
      const root = document.createElement('div');
      root.className = 'mh-root';
      launcher = document.createElement('button');
      launcher.type = 'button';
      launcher.className = 'mh-launcher';
      launcher.dataset.testid = 'mh-open';
      launcher.append(launcherIcon());
      launcher.addEventListener('click', (event) => {
        // A page's script can click into an open shadow root; only the shopper's own clicks count.
        if (event.isTrusted) onClick();
      });
      failure = document.createElement('p');
      failure.className = 'mh-frame-error';
      failure.setAttribute('role', 'alert');
      failure.dataset.testid = 'mh-frame-error';
      failure.hidden = true;
      root.append(launcher, failure);
      container.append(root);
      frame = createFrame(root);
    },
  }).then((ui) => {
    ui.mount();
    return { ui, launcher, failure, frame };
  });
}
