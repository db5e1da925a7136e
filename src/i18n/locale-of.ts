import { matchLocale, type GateLocale } from './match-locale.js';
import { resolveLocale } from './resolve-translation.js';

/** The built-in locale a gate speaks: its `locale`, else the nearest `lang`, matched to what ships. */
export function localeOf(element: Element, explicit: string | undefined): GateLocale {
  return matchLocale(resolveLocale(element, explicit));
}
