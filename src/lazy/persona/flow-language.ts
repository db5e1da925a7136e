import type { BuiltInLocale } from '../../i18n/built-in-locales.js';
import { lookupLocale } from '../../i18n/match-locale.js';

/**
 * The code Persona's inquiry flow knows for each built-in locale, as Persona's docs
 * list them ("Internationalization": `ko-KR`, `tr-TR`, `es-MX`, … and bare `de`, `fr`, …).
 */
export const personaLanguages: Readonly<Record<BuiltInLocale, string>> = {
  en: 'en-US',
  ar: 'ar-EG',
  az: 'az',
  bg: 'bg',
  bn: 'bn',
  cs: 'cs',
  cy: 'cy',
  da: 'da',
  de: 'de',
  el: 'el-GR',
  es: 'es-MX',
  fi: 'fi',
  fr: 'fr',
  he: 'he',
  hi: 'hi',
  hr: 'hr',
  hu: 'hu',
  hy: 'hy',
  id: 'id-ID',
  it: 'it',
  ja: 'ja',
  ko: 'ko-KR',
  lt: 'lt',
  ms: 'ms',
  nl: 'nl-NL',
  no: 'no',
  pl: 'pl',
  'pt-BR': 'pt-BR',
  ro: 'ro',
  ru: 'ru',
  sk: 'sk',
  sr: 'sr',
  sv: 'sv',
  ta: 'ta',
  th: 'th',
  tl: 'tl',
  tr: 'tr-TR',
  uk: 'uk-UA',
  vi: 'vi',
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-TW',
};

/**
 * The flow language for the language a page asked for (a BCP 47 tag), found as the
 * gate finds its own locale: `pt-PT` → `pt-BR`, `nb-NO` → `no`, `en-GB` → `en-US`.
 * Undefined for a language Persona's flow does not speak: Persona then picks the
 * language from the person's device settings, which serves them better than English.
 */
export function personaLanguage(tag: string): string | undefined {
  const locale = lookupLocale(tag);
  return locale && personaLanguages[locale];
}
