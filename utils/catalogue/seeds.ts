/**
 * The founding documents (the seeds): each file, and the title of its article as it stands in it, which
 * is what the shopper is told a fact comes from — never the file's name.
 */
export const SEED_000 = '000_5cd64382970a68c7.txt';
export const SEED_001 = '001_397a0547c445ebe5.txt';
export const SEED_002 = '002_ddebd52b6d750baa.txt';

/** File → the article's title: seed 000's heading, seed 001's first line, seed 002's first heading. */
export const SEED_TITLES: Record<string, string> = {
  [SEED_000]: 'Основные способы связи с продавцами на ОЗОН',
  [SEED_001]: 'Что делать, если возникла проблема на Ozon?',
  [SEED_002]: 'Способы связи с поддержкой Озона',
};
