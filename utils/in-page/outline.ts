/** The ring the content script draws around the page's own form or button when the panel shows it. */

/**
 * Outlines a page element from inside our own shadow root (the page's DOM is left untouched), following
 * it while the page scrolls, for a few seconds.
 */
export function outline(element: Element, root: HTMLElement): void {
  root.querySelector('.mh-outline')?.remove();
  const ring = document.createElement('div');
  ring.className = 'mh-outline';
  ring.setAttribute('data-testid', 'mh-outline');
  root.append(ring);
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
