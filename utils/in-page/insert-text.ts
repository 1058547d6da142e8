/**
 * The panel's «Вставить в поле»: the drafted message put into the page's text box the shopper last
 * focused — a chat's input, the question form — so that the page's own framework sees it, as if typed or
 * pasted; and the page's selected text, for «Сохранить как ответ» from the panel.
 *
 * A text field's value is set through the element's own prototype setter (the one a framework's value
 * tracker does not wrap: React compares what it last saw with the element's value on the `input` event
 * that follows, and takes the change), then an `input` event is dispatched. An editable element takes the
 * editor's own insertion (`insertText`), which fires `beforeinput` and `input` as typing does. Never a key
 * press and never a click: the page's «Отправить» is the shopper's to press.
 */
import type { InsertOutcome } from '@/utils/panel-frame/protocol';
import { PANEL_TAG } from './elements';

const TEXT_INPUTS = /^(?:text|search|email|tel|url|)$/;

/** A field the message can go into: a text area, a text input, or an editable element. */
export function isTextField(element: unknown): element is HTMLElement {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.test(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * A box the shopper can see and reach: enabled, of a size to type in, and the element drawn at its centre
 * (a box hidden under another, or moved off the screen, is not the one they clicked).
 */
const usable = (field: HTMLElement) => {
  if ((field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) && (field.disabled || field.readOnly)) return false;
  if (!field.isConnected) return false;
  let box = field.getBoundingClientRect();
  if (box.width < 8 || box.height < 8) return false;
  // Scrolled away since it was clicked: brought back into view first.
  if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) {
    field.scrollIntoView({ block: 'nearest' });
    box = field.getBoundingClientRect();
  }
  const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
  const there = document.elementFromPoint(x, y);
  // Our own panel may stand over it now; it was not there when the shopper clicked the box.
  return !!there && (there === field || field.contains(there) || there.localName === PANEL_TAG);
};

function setValue(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? field.value.length;
  const value = field.value.slice(0, start) + text + field.value.slice(end);
  if (set) set.call(field, value);
  else field.value = value;
  const caret = start + text.length;
  try {
    field.setSelectionRange(caret, caret);
  } catch {
    // An input type without a selection (email): the caret stays where the browser puts it.
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
}

function insertEditable(field: HTMLElement, text: string) {
  const selection = getSelection();
  // The caret where the shopper left it, when it is still inside; else at the end.
  if (!selection || !selection.rangeCount || !field.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    const range = document.createRange();
    range.selectNodeContents(field);
    range.collapse(false);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  if (document.execCommand('insertText', false, text)) return;
  // An editor that refused the command: the text goes in as a node, and the page hears an `input`.
  const range = getSelection()!.getRangeAt(0);
  range.deleteContents();
  range.insertNode(document.createTextNode(text));
  range.collapse(false);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Puts `text` into `field` (focused, at its caret); 'no-field' when there is none to put it into. */
export function insertText(field: Element | undefined, text: string): InsertOutcome {
  if (!isTextField(field) || !usable(field)) return 'no-field';
  try {
    field.focus({ preventScroll: false });
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) setValue(field, text);
    else insertEditable(field, text);
    return 'inserted';
  } catch {
    return 'no-field';
  }
}

/** The page's selected text, trimmed; undefined when nothing is selected. (Our own panel holds none.) */
export function pageSelection(): string | undefined {
  const text = getSelection()?.toString().trim();
  return text || undefined;
}
