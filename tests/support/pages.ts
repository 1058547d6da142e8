/**
 * The table of pages every reader test runs on: the real pages saved in ../shared/pages (read from
 * MH_PAGES_DIR, never copied into the repository) and our own fixtures. Both use the format of
 * pages.json: file, url, marketplace, kind, expect.
 */
import {
  fixturePagesTable,
  fixturesDir,
  realPagesTable,
  repoRoot,
  sharedPagesDir,
  sharedPagesTable,
  type Observed,
  type PageEntry,
} from '../../scripts/lib/pages.mjs';

export { fixturesDir, repoRoot, sharedPagesDir };
export type PageCase = PageEntry;
export type { Observed };

/** Set MH_REQUIRE_PAGES=1 where the real pages must be present (CI): their absence then fails. */
export const pagesRequired = process.env.MH_REQUIRE_PAGES === '1';

export const sharedPages = sharedPagesTable;
export const fixturePages = fixturePagesTable;
/** Real pages found in public repositories, kept in tests/fixtures/real with their provenance. */
export const realPages = realPagesTable;

export function missingPagesMessage(): string {
  return `real pages not found at ${sharedPagesDir()} (set MH_PAGES_DIR): the real-page tests are skipped`;
}


const fold = (s: unknown) => String(s).replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();

type Check = (expected: unknown, observed: Observed) => string | undefined;

function same(field: keyof Observed, normalise: (v: unknown) => unknown = (v) => v): Check {
  return (expected, observed) => {
    const actual = observed[field];
    if (expected === null) return actual === undefined ? undefined : `${field}: expected none, got ${JSON.stringify(actual)}`;
    if (actual === undefined) return `${field}: expected ${JSON.stringify(expected)}, got none`;
    return normalise(actual) === normalise(expected)
      ? undefined
      : `${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  };
}

/**
 * One check per key that may appear in `expect`. A key not listed here fails the comparison: a page
 * that asks for something the tests do not check must not pass silently.
 */
export const CHECKS: Record<string, Check | 'not-a-check'> = {
  article: same('article'),
  productId: same('productId'),
  title: same('title', fold),
  seller: same('seller', (v) => fold(v).toLowerCase()),
  sellerUrl: same('sellerUrl'),
  price: same('price', Number),
  currency: same('currency'),
  orderId: same('orderId'),
  orderDate: same('orderDate'),
  orderStatus: same('orderStatus', fold),
  deliveredDate: same('deliveredDate'),
  // Each item's article and title; its order number and status too where the page expects them.
  items: (expected, observed) => {
    type Item = { article?: string; title?: string; orderId?: string; status?: string };
    const wanted = expected as Item[];
    const asked = (key: 'orderId' | 'status') => wanted.some((i) => i[key] !== undefined);
    const shape = (i: Item) => [
      i.article,
      fold(i.title),
      ...(asked('orderId') ? [i.orderId ?? null] : []),
      ...(asked('status') ? [i.status ?? null] : []),
    ];
    const want = JSON.stringify(wanted.map(shape));
    const got = JSON.stringify((observed.items ?? []).map(shape));
    return want === got ? undefined : `items: expected ${want}, got ${got}`;
  },
  orders: (expected, observed) => {
    const want = JSON.stringify(expected);
    const got = JSON.stringify(observed.orders ?? []);
    return want === got ? undefined : `orders: expected ${want}, got ${got}`;
  },
  // Each card's order as the panel opened from its button shows it: number, date and status.
  cards: (expected, observed) => {
    type Card = { orderId?: string; orderDate?: string; orderStatus?: string };
    const shape = (c: Card) => [c.orderId ?? null, c.orderDate ?? null, c.orderStatus === undefined ? null : fold(c.orderStatus)];
    const want = JSON.stringify((expected as Card[]).map(shape));
    const got = JSON.stringify((observed.cards ?? []).map(shape));
    return want === got ? undefined : `cards: expected ${want}, got ${got}`;
  },
  // Prose for the people reading pages.json.
  note: 'not-a-check',
};

/** Every difference between what a page must give and what was observed; empty when they agree. */
export function compare(page: PageCase, observed: Observed): string[] {
  const problems: string[] = [];
  const wantKind = page.kind === 'other' ? null : page.kind;
  if (observed.kind !== wantKind) problems.push(`kind: expected ${wantKind}, got ${observed.kind}`);
  for (const [key, expected] of Object.entries(page.expect)) {
    const check = CHECKS[key];
    if (check === undefined) problems.push(`${key}: no test checks this key; add a check for it`);
    else if (check !== 'not-a-check') {
      const problem = check(expected, observed);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
