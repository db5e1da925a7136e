// The checks that keep every built-in locale right, in Node (no browser needed while
// translating): every key of English, every count shown and every plural form kept,
// no English left, the glossary's terms used, and the words in the locale's script.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importSource } from '../../scripts/import-source.mjs';

const checks = await importSource('test/i18n/every-locale.ts');
const { en, builtInLocales } = checks;
const glossaryDir = new URL('../i18n/glossary/', import.meta.url);
const readGlossary = (locale) => JSON.parse(readFileSync(new URL(`${locale}.json`, glossaryDir), 'utf8'));
const translations = new Map(
  await Promise.all(builtInLocales.map(async (locale) => [locale, await checks.loadTranslation(locale)])),
);

/** Problems as a list a translator reads: one per line. */
const noProblems = (problems, what) => assert.deepEqual(problems, [], `${what}:\n  ${problems.join('\n  ')}`);

describe('every built-in locale', () => {
  test('has a glossary, and every glossary a locale', () => {
    const glossaries = readdirSync(glossaryDir).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -5));
    assert.deepEqual(glossaries.sort(), [...builtInLocales].sort());
  });

  for (const locale of builtInLocales) {
    test(`${locale}: every key of English, every count and plural form, no English left, one voice`, () => {
      const translation = translations.get(locale);
      const glossary = readGlossary(locale);
      // The glossary's words are the locale's own, loanwords included (Greek writes selfie in Latin letters).
      const agreed = checks.glossaryForms(glossary);
      assert.equal(translation.locale, locale, 'the translation names another locale');
      assert.equal(translation.dir, checks.scriptOf(locale).name.match(/^(Arab|Hebr)$/) ? 'rtl' : 'ltr', 'direction');
      noProblems(checks.keyProblems(translation, en), 'keys');
      noProblems(checks.pluralProblems(translation), 'counts and plurals');
      if (locale !== 'en') noProblems(checks.englishLeft(translation, en, checks.scriptOf(locale).letter, agreed), 'English left');
      noProblems(checks.glossaryProblems(translation, en, glossary), 'glossary');
      const offScript = checks
        .textEntries(translation)
        .filter(({ text }) => /\p{L}{2}/u.test(text) && checks.shareInScript(text, locale, agreed) < 0.7)
        .map(({ path, text }) => `${path}: "${text}"`);
      noProblems(offScript, `not in ${checks.scriptOf(locale).name} script`);
    });
  }
});

describe('the checks themselves', () => {
  const german = translations.get('de');
  test('find a missing key, an extra one and an empty string', () => {
    const { retryButton: _dropped, ...rest } = german;
    const broken = { ...rest, extraKey: 'x', resumeButton: ' ' };
    assert.deepEqual(checks.keyProblems(broken, en).sort(), ['empty resumeButton', 'extra extraKey', 'missing retryButton']);
  });
  test('find a count left out, and English plural rules in a language with more forms', () => {
    const russian = translations.get('ru');
    assert.match(checks.pluralProblems({ ...russian, attemptsLeft: () => 'Осталось несколько попыток' }).join(), /does not show the count/);
    const englishRules = (n) => (n === 1 ? `Осталась ${n} попытка` : `Осталось ${n} попыток`);
    assert.match(checks.pluralProblems({ ...russian, attemptsLeft: englishRules }).join(), /both "one" in ru/);
  });
  test('find English left, but not a loanword', () => {
    const left = checks.englishLeft({ ...german, retryButton: 'Try again', cancelledBody: 'Sie können Pick up where you left off' }, en, /\p{Script=Latn}/u);
    assert.deepEqual(left.map((problem) => problem.split(' ')[0]), ['retryButton', 'cancelledBody']);
    assert.deepEqual(checks.englishLeft(german, en, /\p{Script=Latn}/u), []);
    const russian = translations.get('ru');
    assert.match(checks.englishLeft({ ...russian, supportLink: 'Связаться с support' }, en, /\p{Script=Cyrl}/u).join(), /supportLink/);
  });
  test('find a term the glossary does not accept', () => {
    const glossary = readGlossary('de');
    const problems = checks.glossaryProblems({ ...german, retryButton: german.retryButton, exhaustedHeading: 'Keine Chancen mehr' }, en, glossary);
    assert.match(problems.join('\n'), /exhaustedHeading says "attempt"/);
  });
  test('read a word with soft hyphens (where it may break) as the word', () => {
    const glossary = readGlossary('de');
    const broken = (text) => text.replace('Versuch', 'Ver\u00ADsuch');
    assert.ok(german.exhaustedHeading.includes('Versuch'), 'the sample needs the term');
    assert.deepEqual(checks.glossaryProblems({ ...german, exhaustedHeading: broken(german.exhaustedHeading) }, en, glossary), []);
    const left = checks.englishLeft({ ...german, retryButton: 'Try a\u00ADgain' }, en, /\p{Script=Latn}/u);
    assert.match(left.join(), /retryButton is English/);
  });
});
