/**
 * Whether the page's own control is drawn where the shopper can see it (utils/in-page/visibility.ts), on a
 * DOM whose styles and boxes are written on the elements (`style`, `data-box="left top width height"`), as
 * a browser would compute them; and where the frame stands so as not to cover it
 * (utils/panel-frame/placement.ts). (The real layout, on a real Ozon page, is tests/e2e/reveal.spec.ts.)
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { overlaps, seenState, type Look } from '../../utils/in-page/visibility';
import { frameBox, halfClearOf, placeClearOf } from '../../utils/panel-frame/placement';

const VIEWPORT = { width: 1280, height: 720 };

/** Computed styles from the inline `style` (visibility inherited, as browsers compute it), boxes from `data-box`. */
const look: Look = {
  style(element) {
    const own = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(element.getAttribute('style') ?? '')?.[1].trim();
    let visibility = 'visible';
    for (let at: Element | null = element; at; at = at.parentElement) {
      const value = new RegExp(/(?:^|;)\s*visibility\s*:\s*([^;]+)/).exec(at.getAttribute('style') ?? '')?.[1].trim();
      if (value) {
        visibility = value;
        break;
      }
    }
    const overflow = own('overflow') ?? 'visible';
    return { display: own('display') ?? 'block', visibility, opacity: own('opacity') ?? '1', overflowX: overflow, overflowY: overflow };
  },
  box(element) {
    const [left, top, width, height] = (element.getAttribute('data-box') ?? '0 0 800 2000').split(' ').map(Number);
    return { left, top, width, height };
  },
  viewport: () => VIEWPORT,
};

function page(body: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return (id = 'form') => seenState(document.getElementById(id)!, look);
}

describe('a page control counts as shown only when it is drawn', () => {
  it('with a real size, on the screen', () => {
    expect(page('<textarea id="form" data-box="100 200 600 80"></textarea>')()).toBe('shown');
  });

  it('not when it is laid out 0 × 0 or a speck (the real Ozon question widget in its folded tab)', () => {
    const at = page(`
      <div id="zero" data-box="12 12 0 0"></div>
      <div id="line" data-box="100 200 600 2"></div>
      <div id="speck" data-box="100 200 3 3"></div>`);
    expect(at('zero')).toBe('hidden:size');
    expect(at('line')).toBe('hidden:size');
    expect(at('speck')).toBe('hidden:size');
  });

  it('not under display: none, its own or any ancestor\'s', () => {
    const at = page(`
      <textarea id="own" style="display: none" data-box="100 200 600 80"></textarea>
      <div style="display: none"><div><textarea id="form" data-box="100 200 600 80"></textarea></div></div>`);
    expect(at('own')).toBe('hidden:display');
    expect(at('form')).toBe('hidden:display');
  });

  it('not when hidden by visibility (inherited), unless it makes itself visible again', () => {
    const at = page(`
      <div style="visibility: hidden"><textarea id="inherited" data-box="100 200 600 80"></textarea>
        <textarea id="again" style="visibility: visible" data-box="100 300 600 80"></textarea></div>
      <textarea id="collapsed" style="visibility: collapse" data-box="100 200 600 80"></textarea>`);
    expect(at('inherited')).toBe('hidden:visibility');
    expect(at('collapsed')).toBe('hidden:visibility');
    expect(at('again')).toBe('shown');
  });

  it('not when it or an ancestor is fully transparent', () => {
    expect(page('<div style="opacity: 0"><textarea id="form" data-box="100 200 600 80"></textarea></div>')()).toBe('hidden:opacity');
    expect(page('<div style="opacity: 0.5"><textarea id="form" data-box="100 200 600 80"></textarea></div>')()).toBe('shown');
  });

  it('not inside a collapsed ancestor that clips it, nor one scrolled away from it', () => {
    const at = page(`
      <div style="overflow: hidden" data-box="0 400 1200 0"><textarea id="collapsed" data-box="100 400 600 80"></textarea></div>
      <div style="overflow: auto" data-box="0 100 1200 200"><textarea id="away" data-box="100 900 600 80"></textarea></div>
      <div data-box="0 400 1200 0"><textarea id="overflowing" data-box="100 400 600 80"></textarea></div>`);
    expect(at('collapsed')).toBe('hidden:clipped');
    expect(at('away')).toBe('hidden:clipped');
    // An ancestor of no height that does not clip still lets it be drawn.
    expect(at('overflowing')).toBe('shown');
  });

  it('not off the screen (after it was scrolled to), but shown when it only reaches in', () => {
    const at = page(`
      <textarea id="left" data-box="-9999 200 600 80"></textarea>
      <textarea id="below" data-box="100 5000 600 80"></textarea>
      <textarea id="edge" data-box="-500 200 600 80"></textarea>`);
    expect(at('left')).toBe('hidden:off-screen');
    expect(at('below')).toBe('hidden:off-screen');
    expect(at('edge')).toBe('shown');
  });

  it('not once taken off the page', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    expect(seenState(document.createElement('textarea'), look)).toBe('hidden:detached');
  });
});

describe('the frame stands clear of what it points to', () => {
  it('takes the window\'s height less 8 px margins at the side, and the whole window when narrow', () => {
    expect(frameBox('left', 1280, 1265, 720)).toEqual({ left: 30, top: 8, width: 420, height: 704 });
    expect(frameBox('right', 1280, 1265, 720)).toEqual({ left: 1265 - 8 - 420, top: 8, width: 420, height: 704 });
    expect(frameBox('bottom', 1280, 1265, 720)).toEqual({ left: 30, top: 360, width: 420, height: 352 });
    expect(frameBox('left', 400, 400, 800)).toEqual({ left: 0, top: 0, width: 400, height: 800 });
    expect(frameBox('bottom', 400, 400, 800)).toEqual({ left: 0, top: 400, width: 400, height: 400 });
  });

  it('keeps to the left when that leaves the thing in sight, else the right, else the lower half', () => {
    const right = { left: 700, top: 300, width: 300, height: 80 };
    expect(placeClearOf(right, 1280, 1265, 720)).toEqual({ place: 'left', scrollBy: 0 });
    const left = { left: 60, top: 300, width: 150, height: 28 };
    expect(placeClearOf(left, 1280, 1265, 720)).toEqual({ place: 'right', scrollBy: 0 });
    const wide = { left: 60, top: 320, width: 1100, height: 80 };
    // Its middle (360) to the middle of the upper half (180).
    expect(placeClearOf(wide, 1280, 1265, 720)).toEqual({ place: 'bottom', scrollBy: 180 });
    const { place, scrollBy } = placeClearOf(left, 400, 400, 800);
    expect(place).toBe('bottom');
    const moved = { ...left, top: left.top - scrollBy };
    expect(overlaps(moved, frameBox('bottom', 400, 400, 800))).toBe(false);
  });

  it('takes the upper half where the page would not scroll the thing up out of the lower one', () => {
    expect(frameBox('top', 1280, 1265, 720)).toEqual({ left: 30, top: 8, width: 420, height: 352 });
    expect(frameBox('top', 400, 400, 800)).toEqual({ left: 0, top: 0, width: 400, height: 400 });
    const low = { left: 48, top: 604, width: 255, height: 90 };
    expect(halfClearOf(low, 400, 400, 800)).toBe('top');
    expect(overlaps(low, frameBox('top', 400, 400, 800))).toBe(false);
    expect(halfClearOf({ ...low, top: 150 }, 400, 400, 800)).toBe('bottom');
    // As tall as the window: neither half leaves it whole; it stays below.
    expect(halfClearOf({ ...low, top: 0, height: 800 }, 400, 400, 800)).toBe('bottom');
  });
});
