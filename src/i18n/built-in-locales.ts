/**
 * Locales that ship with the gate, each loaded on first use: English, then every other
 * language Persona's inquiry flow speaks (Persona's docs, "Internationalization"), A to Z.
 */
export const builtInLocales = [
  'en',
  'ar', 'az', 'bg', 'bn', 'cs', 'cy', 'da', 'de', 'el', 'es', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'it',
  'ja', 'ko', 'lt', 'ms', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'ru', 'sk', 'sr', 'sv', 'ta', 'th', 'tl', 'tr', 'uk', 'vi',
  'zh-CN', 'zh-TW',
] as const;
export type BuiltInLocale = (typeof builtInLocales)[number];
