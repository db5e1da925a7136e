import { builtInLocales, type BuiltInLocale } from './built-in-locales.js';
import { en } from './en.js';
import type { Translation } from './translation.js';
import { reloadable } from '../eager/reloadable.js';

export { builtInLocales, type BuiltInLocale };
import type { GateLocale } from './match-locale.js';

export { lookupLocale, matchLocale, pseudoLocaleTag, type GateLocale } from './match-locale.js';

/** Loads the translation `name` of a locale module; after a failed download, downloads it again. */
function translation<M>(load: () => Promise<M>, name: keyof M): () => Promise<Translation> {
  const loadModule = reloadable(import.meta.resolve, load);
  return () => loadModule().then((module) => module[name] as Translation);
}

const loaders: Readonly<Record<GateLocale, () => Promise<Translation>>> = {
  // English comes with the screens: a gate paints its briefing without waiting for another file.
  en: () => Promise.resolve(en),
  ar: translation(() => import('./locales/ar.js'), 'ar'),
  az: translation(() => import('./locales/az.js'), 'az'),
  bg: translation(() => import('./locales/bg.js'), 'bg'),
  bn: translation(() => import('./locales/bn.js'), 'bn'),
  cs: translation(() => import('./locales/cs.js'), 'cs'),
  cy: translation(() => import('./locales/cy.js'), 'cy'),
  da: translation(() => import('./locales/da.js'), 'da'),
  de: translation(() => import('./locales/de.js'), 'de'),
  el: translation(() => import('./locales/el.js'), 'el'),
  es: translation(() => import('./locales/es.js'), 'es'),
  fi: translation(() => import('./locales/fi.js'), 'fi'),
  fr: translation(() => import('./locales/fr.js'), 'fr'),
  he: translation(() => import('./locales/he.js'), 'he'),
  hi: translation(() => import('./locales/hi.js'), 'hi'),
  hr: translation(() => import('./locales/hr.js'), 'hr'),
  hu: translation(() => import('./locales/hu.js'), 'hu'),
  hy: translation(() => import('./locales/hy.js'), 'hy'),
  id: translation(() => import('./locales/id.js'), 'id'),
  it: translation(() => import('./locales/it.js'), 'it'),
  ja: translation(() => import('./locales/ja.js'), 'ja'),
  ko: translation(() => import('./locales/ko.js'), 'ko'),
  lt: translation(() => import('./locales/lt.js'), 'lt'),
  ms: translation(() => import('./locales/ms.js'), 'ms'),
  nl: translation(() => import('./locales/nl.js'), 'nl'),
  no: translation(() => import('./locales/no.js'), 'no'),
  pl: translation(() => import('./locales/pl.js'), 'pl'),
  'pt-BR': translation(() => import('./locales/pt-BR.js'), 'ptBR'),
  ro: translation(() => import('./locales/ro.js'), 'ro'),
  ru: translation(() => import('./locales/ru.js'), 'ru'),
  sk: translation(() => import('./locales/sk.js'), 'sk'),
  sr: translation(() => import('./locales/sr.js'), 'sr'),
  sv: translation(() => import('./locales/sv.js'), 'sv'),
  ta: translation(() => import('./locales/ta.js'), 'ta'),
  th: translation(() => import('./locales/th.js'), 'th'),
  tl: translation(() => import('./locales/tl.js'), 'tl'),
  tr: translation(() => import('./locales/tr.js'), 'tr'),
  uk: translation(() => import('./locales/uk.js'), 'uk'),
  vi: translation(() => import('./locales/vi.js'), 'vi'),
  'zh-CN': translation(() => import('./locales/zh-CN.js'), 'zhCN'),
  'zh-TW': translation(() => import('./locales/zh-TW.js'), 'zhTW'),
  // English made long and accented, for designers and tests: not a language a person reads.
  'en-XA': () => import('./pseudo-locale.js').then(({ pseudoLocalize }) => pseudoLocalize(en)),
};

const loaded = new Map<GateLocale, Translation>([['en', en]]);
const loading = new Map<GateLocale, Promise<Translation>>();

/** The translation if it is already here. */
export function loadedTranslation(locale: GateLocale): Translation | undefined {
  return loaded.get(locale);
}

/**
 * Loads a built-in translation once. A locale that fails to load falls back to
 * English; a failure is not cached, so the next call tries again.
 */
export function loadTranslation(locale: GateLocale): Promise<Translation> {
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
