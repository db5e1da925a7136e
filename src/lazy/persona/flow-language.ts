import type { BuiltInLocale } from '../../i18n/built-in-locales.js';

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

/** Persona's code for a language by its primary subtag (`pt` → `pt-BR`), for locales a host adds; Chinese needs its script. */
const byLanguage = new Map(
  Object.entries(personaLanguages)
    .filter(([locale]) => !locale.startsWith('zh'))
    .map(([locale, code]) => [locale.split('-')[0]!, code]),
);

/**
 * The flow language for the gate's locale (its translation's tag): Persona's code for a
 * built-in locale (`ko` → `ko-KR`); for a locale a host added through `strings`, the code
 * of its language (`pt-PT` → `pt-BR`, `de-CH` → `de`). Undefined for a language Persona's
 * flow does not speak (`ca`): Persona then picks the language from the person's device
 * settings, which serves them better than a language the gate guessed.
 */
export function personaLanguage(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const builtIn = Object.hasOwn(personaLanguages, locale) ? personaLanguages[locale as BuiltInLocale] : undefined;
  return builtIn ?? byLanguage.get(locale.split('-')[0]!.toLowerCase());
}
