import { builtInLocales, type BuiltInLocale } from './built-in-locales.js';

/**
 * Tags that name a built-in locale under another name: Norwegian Bokmål and Nynorsk
 * read Norwegian, Filipino is written as Tagalog, Chinese by script or region, Portuguese
 * as Brazil writes it, and the old codes for Hebrew and Indonesian.
 */
const aliases: Readonly<Record<string, BuiltInLocale>> = {
  nb: 'no',
  nn: 'no',
  fil: 'tl',
  iw: 'he',
  in: 'id',
  pt: 'pt-BR',
  zh: 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
};

/** English in a private-use region: the pseudo-locale, for finding cut or untranslatable text (see pseudo-locale.ts). */
export const pseudoLocaleTag = 'en-XA';

/** What a gate can speak: a built-in locale, or the pseudo-locale. */
export type GateLocale = BuiltInLocale | typeof pseudoLocaleTag;

const byLowerCase = new Map<string, BuiltInLocale>(builtInLocales.map((locale) => [locale.toLowerCase(), locale]));

/**
 * The built-in locale a BCP 47 tag asks for, by lookup (RFC 4647 §3.4): the whole tag,
 * then with its last subtag removed, and so on (`es-AR` → `es`, `zh-Hant-HK` → `zh-Hant`
 * → `zh-TW`, `nb-NO` → `nb` → `no`). Undefined when no prefix names one.
 */
export function lookupLocale(tag: string): BuiltInLocale | undefined {
  const subtags = tag.trim().replaceAll('_', '-').toLowerCase().split('-');
  for (let length = subtags.length; length > 0; length--) {
    const prefix = subtags.slice(0, length).join('-');
    const found = byLowerCase.get(prefix) ?? (Object.hasOwn(aliases, prefix) ? aliases[prefix] : undefined);
    if (found) return found;
  }
  return undefined;
}

/** The built-in locale closest to a BCP 47 tag, else English; `en-XA` asks for the pseudo-locale. */
export function matchLocale(tag: string): GateLocale {
  if (tag.trim().toLowerCase() === pseudoLocaleTag.toLowerCase()) return pseudoLocaleTag;
  return lookupLocale(tag) ?? 'en';
}
