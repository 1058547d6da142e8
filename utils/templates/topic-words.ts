/**
 * The words of every topic: the subject, what the shopper asks (after the facts the page gave), and the
 * checklist of what to have ready. `{order}` and `{product}` in a subject are filled by buildMessage and
 * dropped with the words around them when unknown.
 */
import type { Language } from '@/utils/platform/i18n';
import type { TopicWording } from './topic-wording';

import { EN } from './topic-words-en';
import { RU } from './topic-words-ru';

export type { TopicWording };

export const TOPIC_WORDING: Record<Language, Record<string, TopicWording>> = { ru: RU, en: EN };
