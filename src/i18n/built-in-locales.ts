/** Locales that ship with the gate, each loaded on first use. */
export const builtInLocales = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de', 'pt-BR', 'ru', 'ar', 'hi'] as const;
export type BuiltInLocale = (typeof builtInLocales)[number];
