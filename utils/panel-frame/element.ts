/**
 * The dialog's <iframe>, made by the content script at the shopper's click, before the readers that bring
 * the rest of the frame's side (./host.ts) have come: the frame's page loads in its own process while they
 * are fetched. Hidden until the host shows it; its loads are counted from the start, so that the host,
 * once here, knows whether the page has loaded already.
 */
import { browser } from 'wxt/browser';
import { PANEL_PAGE } from './protocol';

export interface FrameElement {
  element: HTMLIFrameElement;
  /** The address it was made at (the extension's, per session in Chromium). */
  address: string;
  /** How many times a document has loaded in it. */
  loads: number;
  /** Told of each load, once the host holds it. */
  onLoad: (() => void) | undefined;
}

/** Makes the frame, hidden, at the start of `root` (before the launcher, which is painted above it). */
export function makeFrameElement(root: HTMLElement, label: string): FrameElement {
  const element = document.createElement('iframe');
  element.className = 'mh-frame';
  element.id = 'mh-dialog';
  element.dataset.testid = 'mh-frame';
  element.title = label;
  element.hidden = true;
  // The page's own permissions policy may still refuse it: the frame then copies by selection.
  element.allow = 'clipboard-write';
  const made: FrameElement = { element, address: browser.runtime.getURL(PANEL_PAGE), loads: 0, onLoad: undefined };
  element.src = made.address;
  element.addEventListener('load', () => {
    made.loads++;
    made.onLoad?.();
  });
  root.prepend(element);
  return made;
}
