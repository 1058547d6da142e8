import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelById, channels, topicsFor } from '../../utils/catalogue';
import { ozonAdvice, ozonTopics } from '../../utils/catalogue/ozon';
import { SEED_TITLES } from '../../utils/catalogue/seeds';
import { sourceLine } from '../../utils/catalogue/source-line';
import { repoRoot, sharedPagesDir } from '../support/pages';

const seedsDir = resolve(repoRoot, process.env.MH_SEEDS_DIR ?? '../shared/seeds');
const haveSeeds = existsSync(seedsDir);
const havePages = existsSync(sharedPagesDir());

describe('the catalogue', () => {
  it('gives every channel a source and the date it was copied', () => {
    for (const channel of channels) {
      expect(channel.source, channel.id).toBeDefined();
      expect(channel.copiedAt, channel.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.skipIf(!haveSeeds)('finds every quoted phrase in its founding document', () => {
    for (const channel of channels) {
      if (channel.source.kind !== 'seed') continue;
      const seed = readFileSync(join(seedsDir, channel.source.file), 'utf8');
      expect(seed, channel.id).toContain(channel.source.quote);
    }
  });

  it.skipIf(!havePages)('finds every link cited from a saved page in that page', () => {
    for (const channel of channels) {
      if (channel.source.kind !== 'page') continue;
      const html = readFileSync(join(sharedPagesDir(), channel.source.page), 'utf8');
      expect(html.includes(channel.source.seen), `${channel.id}: ${channel.source.seen}`).toBe(true);
    }
  });

  it.skipIf(!haveSeeds)('names each founding document by its article\'s own title, found in it', () => {
    for (const [file, title] of Object.entries(SEED_TITLES)) {
      expect(readFileSync(join(seedsDir, file), 'utf8').split('\n').slice(0, 3).join('\n'), file).toContain(title);
    }
  });

  it.skipIf(!havePages)('dates each saved page as the pages\' list of sources does', () => {
    const list = readFileSync(join(sharedPagesDir(), 'SOURCES.md'), 'utf8');
    for (const channel of channels) {
      const source = channel.source;
      if (source.kind !== 'page') continue;
      const row = list.split('\n').find((line) => line.startsWith(`| ${source.page} |`));
      expect(row?.split('|')[3].trim(), channel.id).toMatch(new RegExp(`^${source.captured}\\b`));
    }
  });

  it.skipIf(!haveSeeds)('gives advice a shopper can use, each resting on a phrase of its founding document', () => {
    for (const item of ozonAdvice) {
      if (item.source.kind !== 'seed') throw new Error('advice without a seed');
      expect(readFileSync(join(seedsDir, item.source.file), 'utf8'), item.text.ru).toContain(item.source.quote);
      // No orders about the shopper's manners, no calques.
      expect(item.text.ru, item.text.ru).not.toMatch(/^Будьте|Ждите реалистичного|корректны/);
      expect(item.text.en, item.text.en).not.toMatch(/^Be (polite|patient)|Keep expectations/);
    }
  });

  it('tells where each entry comes from in words, never a file name', () => {
    for (const channel of channels) {
      for (const language of ['ru', 'en'] as const) {
        const line = sourceLine(channel, language);
        expect(line, channel.id).not.toMatch(/\.(txt|html)|статья \d|article \d|\/|_/);
        expect(line, channel.id).not.toMatch(/\$\d/);
      }
    }
    const hotline = channelById('ozon-hotline')!;
    expect(sourceLine(hotline, 'ru')).toBe(`По материалам статьи «${SEED_TITLES[(hotline.source as { file: string }).file]}» · не проверялось с 22 ноября 2026 г.`);
    expect(sourceLine(channelById('wb-communications')!, 'ru')).toBe(
      'По странице сайта Wildberries, какой она была в январе 2025 г. · не проверялось с 22 ноября 2026 г.',
    );
    expect(sourceLine(channelById('wb-communications')!, 'en')).toBe('From the Wildberries site as it was in January 2025 · not verified since 22 November 2026');
    const official = channels.find((c) => c.source.kind === 'official')!;
    expect(sourceLine(official, 'ru')).toMatch(/^По материалам официального сайта [a-z.]+ · /);
  });

  it('names only channels that exist, for the topic\'s own recipient', () => {
    for (const topic of ozonTopics) {
      for (const id of topic.channels) {
        expect(channelById(id)?.recipient, `${topic.id} → ${id}`).toBe(topic.recipient);
      }
    }
  });

  it('leads with the topics that fit the page', () => {
    expect(topicsFor('ozon', 'support', 'order')[0].id).toBe('delivery-status');
    expect(topicsFor('ozon', 'support', 'product')[0].id).toBe('stock-characteristics');
    expect(topicsFor('ozon', 'seller', 'product')[0].id).toBe('product-question');
    expect(topicsFor('ozon', 'seller', 'order')[0].id).toBe('order-to-seller');
  });
});
