/** How the documents write dates and short values. */
import { moscowDate } from '@/utils/calendar/moscow';

/** "22.11.2026", as Russian documents date things. */
export function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export const dateOf = (ms: number) => documentDate(moscowDate(ms));
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
export const filled = (value: string | undefined): value is string => !!value && value.trim() !== '';
