/** One topic registry: every topic a marketplace offers has its facts, its words and its situation. */
import { describe, expect, it } from 'vitest';
import { situationOf, topicsFor, TOPICS } from '../../utils/catalogue';
import { marketplaces } from '../../utils/marketplaces';
import { TOPIC_WORDING } from '../../utils/templates/topic-words';
import { byGender, GENDERS } from '../../utils/templates/gender';

const offeredTopics = marketplaces.flatMap((m) =>
  (['seller', 'support'] as const).flatMap((recipient) => topicsFor(m.id, recipient, 'product').map((topic) => ({ marketplace: m.id, topic }))),
);

describe('the topic registry', () => {
  it('has every topic any marketplace offers, with the same name and recipient there', () => {
    expect(offeredTopics.length).toBeGreaterThan(30);
    for (const { marketplace, topic } of offeredTopics) {
      const facts = TOPICS[topic.id as keyof typeof TOPICS];
      expect(facts, `${marketplace}: ${topic.id} is not in the registry`).toBeDefined();
      expect(topic.name).toEqual(facts.name);
      expect(topic.recipient).toBe(facts.recipient);
      expect(facts.name.ru.trim() && facts.name.en.trim()).toBeTruthy();
    }
  });

  it('has the words of every topic, in Russian and English, with a checklist', () => {
    for (const id of Object.keys(TOPICS)) {
      for (const language of ['ru', 'en'] as const) {
        const wording = TOPIC_WORDING[language][id];
        expect(wording, `${id}: no ${language} wording`).toBeDefined();
        for (const gender of [undefined, ...GENDERS]) expect(byGender(wording.ask, gender).trim(), `${id} (${language})`).not.toBe('');
        expect(wording.subject({}).trim(), `${id} (${language})`).not.toBe('');
        expect(Array.isArray(wording.checklist), `${id} (${language})`).toBe(true);
      }
    }
    // No words for a topic nobody has.
    expect(Object.keys(TOPIC_WORDING.ru).sort()).toEqual(Object.keys(TOPICS).sort());
    expect(Object.keys(TOPIC_WORDING.en).sort()).toEqual(Object.keys(TOPICS).sort());
  });

  it('names the legal situation of every topic, and the escalation form starts from it', () => {
    const known = ['return', 'defect', 'demand-late', 'not-delivered', 'wrong-item', 'incomplete'];
    for (const [id, facts] of Object.entries(TOPICS)) {
      const situations: readonly string[] = facts.situation === null ? [] : typeof facts.situation === 'string' ? [facts.situation] : facts.situation;
      for (const situation of situations) expect(known, id).toContain(situation);
    }
    expect(situationOf('damaged')).toBe('defect');
    expect(situationOf('warranty')).toBe('defect');
    expect(situationOf('return')).toBe('return');
    expect(situationOf('delivery-late')).toBe('not-delivered');
    // Guessed from the id's words before: Russian Post's delivery is a delivery; a seller's answer about
    // delivery times before buying is not a missing delivery.
    expect(situationOf('russian-post')).toBe('not-delivered');
    // A topic no claim follows from starts from nothing: the form asks what happened.
    expect(situationOf('seller-delivery')).toBeUndefined();
    expect(situationOf('no-such-topic')).toBeUndefined();
  });
});
