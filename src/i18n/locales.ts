import { builtInLocales, type BuiltInLocale } from './built-in-locales.js';
import { en } from './en.js';
import type { Translation } from './translation.js';

export { builtInLocales, type BuiltInLocale };

const loaders: Readonly<Record<BuiltInLocale, () => Promise<Translation>>> = {
  // English comes with the screens: a gate paints its briefing without waiting for another file.
  en: () => Promise.resolve(en),
  'zh-CN': () => import('./locales/zh-CN.js').then((m) => m.zhCN),
  'zh-TW': () => import('./locales/zh-TW.js').then((m) => m.zhTW),
  ja: () => import('./locales/ja.js').then((m) => m.ja),
  ko: () => import('./locales/ko.js').then((m) => m.ko),
  es: () => import('./locales/es.js').then((m) => m.es),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  de: () => import('./locales/de.js').then((m) => m.de),
  'pt-BR': () => import('./locales/pt-BR.js').then((m) => m.ptBR),
  ru: () => import('./locales/ru.js').then((m) => m.ru),
  ar: () => import('./locales/ar.js').then((m) => m.ar),
  hi: () => import('./locales/hi.js').then((m) => m.hi),
};

/** Chinese tags that mean Traditional script. */
const traditionalChinese = /^zh-(hant|tw|hk|mo)\b/i;

/** The built-in locale closest to a BCP 47 tag (`zh-Hant-HK` → `zh-TW`, `es-MX` → `es`), else English. */
export function matchLocale(tag: string): BuiltInLocale {
  const exact = builtInLocales.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  if (traditionalChinese.test(tag)) return 'zh-TW';
  const language = tag.split('-')[0]!.toLowerCase();
  if (language === 'zh') return 'zh-CN';
  if (language === 'pt') return 'pt-BR';
  return builtInLocales.find((locale) => locale.toLowerCase() === language) ?? 'en';
}

const loaded = new Map<BuiltInLocale, Translation>([['en', en]]);
const loading = new Map<BuiltInLocale, Promise<Translation>>();

/** The translation if it is already here. */
export function loadedTranslation(locale: BuiltInLocale): Translation | undefined {
  return loaded.get(locale);
}

/**
 * Loads a built-in translation once. A locale that fails to load falls back to
 * English; a failure is not cached, so the next call tries again.
 */
export function loadTranslation(locale: BuiltInLocale): Promise<Translation> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]()
      .then((translation) => {
        loaded.set(locale, translation);
        return translation;
      })
      .catch((error: unknown) => (locale === 'en' ? Promise.reject(error) : loadTranslation('en')))
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
