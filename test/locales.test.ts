import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { builtInLocales, loadTranslation, matchLocale } from '../src/i18n/locales.js';
import type { Translation } from '../src/i18n/translation.js';
import { personaLanguage, personaLanguages } from '../src/lazy/persona/flow-language.js';
import { pluralProblems, shape } from './i18n/locale-checks.js';

const translations = new Map<string, Translation>();

describe('built-in locales', () => {
  before(async () => {
    for (const locale of builtInLocales) translations.set(locale, await loadTranslation(locale));
  });

  for (const locale of builtInLocales) {
    it(`${locale} is complete: every key of English, lists of the same length`, () => {
      const translation = translations.get(locale)!;
      expect(translation.locale).to.equal(locale);
      expect(shape(translation)).to.deep.equal(shape(en));
      for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) expect(translation.attemptsLeft(count)).to.be.a('string').and.not.empty;
      if (locale !== 'en') {
        const untranslated = (Object.keys(en) as Array<keyof Translation>).filter(
          (key) => key !== 'dir' && typeof en[key] === 'string' && en[key] === translation[key],
        );
        expect(untranslated, 'strings left in English').to.deep.equal([]);
      }
    });
  }

  it('uses each language’s plural rules', () => {
    expect(translations.get('ru')!.attemptsLeft(1)).to.contain('попытка');
    expect(translations.get('ru')!.attemptsLeft(3)).to.contain('попытки');
    expect(translations.get('ru')!.attemptsLeft(5)).to.contain('попыток');
    expect(en.attemptsLeft(1)).to.equal('1 attempt left');
    expect(en.attemptsLeft(2)).to.equal('2 attempts left');
  });

  it('reads every count with this engine’s plural rules', () => {
    for (const locale of builtInLocales) expect(pluralProblems(translations.get(locale)!), locale).to.deep.equal([]);
  });

  it('matches a tag to the nearest built-in locale by BCP 47 lookup, then English', () => {
    const cases: Record<string, string> = {
      'es-AR': 'es',
      'zh-Hant-HK': 'zh-TW',
      'nb-NO': 'no',
      nn: 'no',
      fil: 'tl',
      'fil-PH': 'tl',
      zh: 'zh-CN',
      'zh-Hans-CN': 'zh-CN',
      'zh-Hant': 'zh-TW',
      'zh-HK': 'zh-TW',
      'zh-Hans-HK': 'zh-CN',
      pt: 'pt-BR',
      'pt-PT': 'pt-BR',
      'DE-at': 'de',
      'sr-Latn-RS': 'sr',
      'he-IL': 'he',
      iw: 'he',
      in: 'id',
      'en_GB': 'en',
      'de-DE-u-co-phonebk': 'de',
      ca: 'en',
      'x-klingon': 'en',
      '': 'en',
      'en-XA': 'en-XA',
    };
    expect(Object.fromEntries(Object.keys(cases).map((tag) => [tag, matchLocale(tag)]))).to.deep.equal(cases);
  });

  it('gives Persona its own code for every built-in locale, the nearest for a host’s own, nothing for a language it lacks', () => {
    // Persona's docs, "Internationalization": the languages the inquiry flow speaks.
    const personaList = [
      'ar-EG', 'az', 'bg', 'bn', 'cs', 'cy', 'da', 'de', 'el-GR', 'en-US', 'es-MX', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'hy',
      'id-ID', 'it', 'ja', 'ko-KR', 'lt', 'ms', 'nl-NL', 'no', 'pl', 'pt-BR', 'ro', 'ru', 'sk', 'sr', 'sv', 'ta', 'th', 'tl',
      'tr-TR', 'uk-UA', 'vi', 'zh-CN', 'zh-TW',
    ];
    expect(builtInLocales.map((locale) => personaLanguages[locale]).sort()).to.deep.equal(personaList);
    // A page's language, as the gate matches it, then Persona's code for the gate's locale.
    const pages: Record<string, string> = {
      ko: 'ko-KR',
      tr: 'tr-TR',
      'es-ES': 'es-MX',
      'pt-PT': 'pt-BR',
      'en-GB': 'en-US',
      'nb-NO': 'no',
      fil: 'tl',
      'zh-Hant-HK': 'zh-TW',
      'ar-SA': 'ar-EG',
      // English on the gate's screens (the gate lacks Catalan): English in the flow too, one voice.
      ca: 'en-US',
      'en-XA': 'en-US',
    };
    expect(Object.fromEntries(Object.keys(pages).map((tag) => [tag, personaLanguage(matchLocale(tag))]))).to.deep.equal(pages);
    // A locale a host adds through `strings`: the code of its language, else Persona's own default.
    const hostLocales: Record<string, string | undefined> = { 'pt-PT': 'pt-BR', 'de-CH': 'de', 'es-419': 'es-MX', ca: undefined, 'zh-HK': undefined };
    expect(Object.fromEntries(Object.keys(hostLocales).map((tag) => [tag, personaLanguage(tag)]))).to.deep.equal(hostLocales);
  });
});
