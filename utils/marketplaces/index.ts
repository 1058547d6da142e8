/**
 * Every marketplace the extension reads, in one list. The content script, the manifest's matches and the
 * tests all take them from here.
 */
import { ozon } from './ozon';
import { finishReading, withoutBidi } from './sources/finish';
import { wildberries } from './wildberries';
import { yandexMarket } from './yandex-market';
import type { MarketplaceAdapter, PageContext, ReadOptions } from './types';

/**
 * An adapter whose every reading is finished (./sources/finish.ts): no bidirectional controls, each field
 * within what an inquiry may hold, a seller's link on the marketplace's own hosts only.
 */
function finished(adapter: MarketplaceAdapter): MarketplaceAdapter {
  const ownHost = (hostname: string) => adapter.handles(new URL(`https://${hostname}/`));
  const finish = (context: PageContext) => finishReading(context, ownHost);
  const { findOrderCards, readCardText } = adapter;
  return {
    ...adapter,
    readPage: (doc, url, options) => {
      const context = adapter.readPage(doc, url, options);
      return context && finish(context);
    },
    ...(findOrderCards && {
      findOrderCards: (doc, url, page, within) => findOrderCards(doc, url, page, within).map((card) => ({ ...card, context: finish(card.context) })),
    }),
    ...(readCardText && {
      readCardText: (doc, url) => {
        const text = readCardText(doc, url);
        return text === undefined ? undefined : withoutBidi(text);
      },
    }),
  };
}

export const marketplaces: readonly MarketplaceAdapter[] = [ozon, wildberries, yandexMarket].map(finished);

export function adapterFor(url: URL): MarketplaceAdapter | undefined {
  return marketplaces.find((adapter) => adapter.handles(url));
}

export { readAddress } from './addresses';

/** Reads a page with whichever adapter handles its address. Never throws. */
export function readPage(doc: Document, url: URL, options?: ReadOptions): PageContext | null {
  try {
    return adapterFor(url)?.readPage(doc, url, options) ?? null;
  } catch {
    return null;
  }
}

export type * from './types';
