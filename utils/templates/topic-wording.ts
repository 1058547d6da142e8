/**
 * The shape of a topic's words, and the one helper they share. `BLANK` marks the place in an `ask` where
 * the shopper adds their own words: the panel puts the cursor there, with the blank selected.
 */
import type { ByGender } from './gender';

export const BLANK = '…';

export interface TopicWording {
  /** Subject; `order` / `product` are the facts as worded, or undefined. */
  subject: (facts: { order?: string; product?: string }) => string;
  /** What the shopper asks; in three forms where it speaks of the shopper in the past («я вернула»). */
  ask: string | ByGender;
  checklist: string[];
}

export const on = (prefix: string, fact: string | undefined, joiner = ': ') => (fact ? `${prefix}${joiner}${fact}` : prefix);
