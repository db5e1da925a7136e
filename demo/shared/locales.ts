// The demo's locales: every built-in one and the pseudo-locale, grouped by writing system
// (what a designer looks at: line breaks, direction, glyph height), each named in its own words.
import { builtInLocales } from '../../src/index.js';
import { pseudoLocaleTag, type GateLocale } from '../../src/i18n/match-locale.js';

/** Every locale the demo offers: the built-in ones, then the pseudo-locale. */
export const demoLocales: readonly GateLocale[] = [...builtInLocales, pseudoLocaleTag];

const groupOfScript: Readonly<Record<string, string>> = {
  Latn: 'Latin script',
  Cyrl: 'Cyrillic',
  Grek: 'Greek and Armenian',
  Armn: 'Greek and Armenian',
  Arab: 'Right to left',
  Hebr: 'Right to left',
  Deva: 'South Asian scripts',
  Beng: 'South Asian scripts',
  Taml: 'South Asian scripts',
  Thai: 'East and Southeast Asian scripts',
  Jpan: 'East and Southeast Asian scripts',
  Kore: 'East and Southeast Asian scripts',
  Hans: 'East and Southeast Asian scripts',
  Hant: 'East and Southeast Asian scripts',
};

/** The group a locale is listed under in the picker. */
export function localeGroup(locale: GateLocale): string {
  if (locale === pseudoLocaleTag) return 'For testing';
  return groupOfScript[new Intl.Locale(locale).maximize().script ?? 'Latn'] ?? 'Other scripts';
}

/** "Deutsch — German (de)", "العربية — Arabic (ar)": people find their own language, designers the English name. */
export function localeLabel(locale: GateLocale): string {
  if (locale === pseudoLocaleTag) return `Pseudo-locale: accented, 40% longer, bracketed (${locale})`;
  const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  return own === english ? `${own} (${locale})` : `${own} — ${english} (${locale})`;
}
