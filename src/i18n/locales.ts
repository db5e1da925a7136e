import { builtInLocales, type BuiltInLocale } from './built-in-locales.js';
import { en } from './en.js';
import type { Translation } from './translation.js';
import { reloadable } from '../eager/reloadable.js';

export { builtInLocales, type BuiltInLocale };

/** Loads the translation `name` of a locale module; after a failed download, downloads it again. */
function translation<M>(load: () => Promise<M>, name: keyof M): () => Promise<Translation> {
  const loadModule = reloadable(import.meta.resolve, load);
  return () => loadModule().then((module) => module[name] as Translation);
}

const loaders: Readonly<Record<BuiltInLocale, () => Promise<Translation>>> = {
  // English comes with the screens: a gate paints its briefing without waiting for another file.
  en: () => Promise.resolve(en),
  'zh-CN': translation(() => import('./locales/zh-CN.js'), 'zhCN'),
  'zh-TW': translation(() => import('./locales/zh-TW.js'), 'zhTW'),
  ja: translation(() => import('./locales/ja.js'), 'ja'),
  ko: translation(() => import('./locales/ko.js'), 'ko'),
  es: translation(() => import('./locales/es.js'), 'es'),
  fr: translation(() => import('./locales/fr.js'), 'fr'),
  de: translation(() => import('./locales/de.js'), 'de'),
  'pt-BR': translation(() => import('./locales/pt-BR.js'), 'ptBR'),
  ru: translation(() => import('./locales/ru.js'), 'ru'),
  ar: translation(() => import('./locales/ar.js'), 'ar'),
  hi: translation(() => import('./locales/hi.js'), 'hi'),
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
