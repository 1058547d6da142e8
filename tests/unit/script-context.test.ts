/**
 * The content script's own context (utils/in-page/script-context.ts): listeners that end
 * with the script, and the page's in-page navigations heard through the Navigation API.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCATION_CHANGE, ScriptContext } from '../../utils/in-page/script-context';

class FakeNavigation extends EventTarget {
  go(url: string) {
    const event = Object.assign(new Event('navigate'), { destination: { url } });
    this.dispatchEvent(event);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the content script\'s context', () => {
  it('lets go of every listener and runs every ending once the extension is gone, and not before', () => {
    const ctx = new ScriptContext('marketplace', {});
    const target = new EventTarget();
    const heard: string[] = [];
    ctx.addEventListener(target, 'ping', () => heard.push('ping'));
    let ended = 0;
    ctx.onInvalidated(() => ended++);
    const dropped = vi.fn();
    ctx.onInvalidated(dropped)();
    target.dispatchEvent(new Event('ping'));
    expect(ctx.isInvalid).toBe(false);
    expect(heard).toEqual(['ping']);

    // An update or an uninstall: the old script's extension API has no id any more.
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(ended).toBe(1);
    expect(dropped).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['ping']);
    // Nothing is added once it is gone.
    ctx.addEventListener(target, 'ping', () => heard.push('late'));
    target.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['ping']);
  });

  it('tells of each in-page navigation to a new address, once, and of none after it is gone', () => {
    const navigation = new FakeNavigation();
    vi.stubGlobal('navigation', navigation);
    vi.stubGlobal('location', { href: 'https://www.ozon.ru/product/a-111111/' });
    const ctx = new ScriptContext('marketplace', {});
    let changes = 0;
    ctx.addEventListener(window_(), LOCATION_CHANGE, () => changes++);
    navigation.go('https://www.ozon.ru/product/b-222222/');
    navigation.go('https://www.ozon.ru/product/b-222222/');
    expect(changes).toBe(1);
    navigation.go('https://www.ozon.ru/product/c-333333/');
    expect(changes).toBe(2);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    navigation.go('https://www.ozon.ru/product/d-444444/');
    expect(changes).toBe(2);
  });
});

/** The page's window as the script names it; any target will do, the context hears navigations itself. */
function window_(): EventTarget {
  return new EventTarget();
}
