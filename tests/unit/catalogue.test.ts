import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelById, channels, topicsFor } from '../../utils/catalogue';
import { ozonTopics } from '../../utils/catalogue/ozon';
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
