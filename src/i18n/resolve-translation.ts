import { en } from './en.js';
import type { Translation } from './translation.js';

/**
 * The strings for a gate: the host's overrides over the locale's translation.
 * Only English is bundled so far; other locales fall back to it.
 */
export function resolveTranslation(
  _locale: string,
  overrides: Partial<Translation> | undefined,
): Translation {
  return { ...en, ...overrides };
}

/** The gate's UI locale: its `locale`, else the nearest `lang` up the tree, else English. */
export function resolveLocale(element: Element, explicit: string | undefined): string {
  if (explicit) return explicit;
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return lang || 'en';
}
