// Checks that keep every locale right, each returning what is wrong in words a translator
// can act on (empty when all is well). Run over every built-in locale by
// test/node/locale-checks.test.mjs; pure, so they run in Node and in browsers alike.
import type { Translation } from '../../src/i18n/translation.js';

/** One string of a translation and where it is: `declineAdvice.glare`, `prepareItems[1]`, `attemptsLeft(2)`. */
export interface Entry {
  readonly path: string;
  readonly text: string;
}

/** Counts every plural category is tried with: small ones people see, and the round millions some languages inflect apart. */
export const sampleCounts = [0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 14, 21, 22, 25, 100, 101, 102, 111, 1000000];

/**
 * Every string of a translation with its path; a function is read at each sample count.
 * Soft hyphens (U+00AD) only mark where a long word may break in a narrow box: the
 * checks read each word without them.
 */
export function entries(value: unknown, path = ''): Entry[] {
  if (typeof value === 'string') return [{ path, text: value.replaceAll('\u00AD', '') }];
  if (typeof value === 'function') {
    return sampleCounts.map((count) => ({ path: `${path}(${count})`, text: String((value as (n: number) => unknown)(count)) }));
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => entries(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => entries(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** The strings a person reads: every entry but the locale's tag and direction. */
export function textEntries(translation: Translation): Entry[] {
  const { locale: _locale, dir: _dir, ...words } = translation;
  return entries(words);
}

/** Every key path, with list lengths and function marks, so a missing or extra key shows by name. */
export function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return [`${path}[${value.length}]`];
  if (typeof value === 'function') return [`${path}()`];
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [path];
}

/** Keys English has that the translation lacks, and keys it has that English does not. */
export function keyProblems(translation: Translation, english: Translation): string[] {
  const ours = new Set(shape(translation));
  const theirs = new Set(shape(english));
  return [
    ...[...theirs].filter((key) => !ours.has(key)).map((key) => `missing ${key}`),
    ...[...ours].filter((key) => !theirs.has(key)).map((key) => `extra ${key}`),
    ...textEntries(translation)
      .filter(({ text }) => !text.trim())
      .map(({ path }) => `empty ${path}`),
  ];
}

/**
 * What a count must keep: `attemptsLeft(n)` shows n as the locale writes it (0, 1 and 2 may
 * be spelt out, as Arabic says "two attempts" in one word), and its words depend only on
 * n's plural category: one wording per form the language has. 0, which several languages
 * word apart from its category, is left out of that comparison.
 */
export function pluralProblems(translation: Translation): string[] {
  const { locale } = translation;
  const rules = new Intl.PluralRules(locale);
  // As the locale writes numbers by default, or in Western digits, which many Arabic interfaces use.
  const formats = [new Intl.NumberFormat(locale), new Intl.NumberFormat(locale, { numberingSystem: 'latn' })];
  const problems: string[] = [];
  const wordingOf = new Map<string, { count: number; words: string }>();
  for (const count of sampleCounts) {
    const text = translation.attemptsLeft(count);
    const shown = formats.map((format) => format.format(count)).find((written) => text.includes(written));
    if (!shown) {
      if (count <= 2) continue;
      problems.push(`attemptsLeft(${count}) = "${text}" does not show the count as ${locale} writes it ("${formats[0]!.format(count)}")`);
      continue;
    }
    if (count === 0) continue;
    const category = rules.select(count);
    const words = text.replace(shown, '#');
    const seen = wordingOf.get(category);
    if (!seen) wordingOf.set(category, { count, words });
    else if (seen.words !== words) {
      problems.push(`attemptsLeft(${seen.count}) and attemptsLeft(${count}) are both "${category}" in ${locale} but read "${seen.words}" and "${words}"`);
    }
  }
  return problems;
}

/** Proper names and technical words every locale may keep as English writes them. */
export const agreedNames = ['Persona', 'https', 'ID', 'AI', 'email', 'e-mail'];

const word = /\p{L}[\p{L}\p{M}'’-]*/gu;
const latinWord = /^\p{Script=Latn}/u;

/** The words of English's strings: what "English left" looks for. */
function englishVocabulary(english: Translation, agreed: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const { text } of textEntries(english)) {
    for (const [found] of text.matchAll(word)) if (found.length >= 3) vocabulary.add(found.toLowerCase());
  }
  for (const name of [...agreedNames, ...agreed]) vocabulary.delete(name.toLowerCase());
  return vocabulary;
}

/**
 * Strings that read as English: the same as English, or (in a locale written in Latin
 * letters) three English words in a row, or (in any other script) an English word at
 * all. Single loanwords a language uses (Support, Browser) pass in Latin script; in any
 * script, so do the agreed names and the words the locale's glossary accepts (`agreed`).
 */
export function englishLeft(translation: Translation, english: Translation, script: RegExp, agreed: readonly string[] = []): string[] {
  const vocabulary = englishVocabulary(english, agreed);
  const englishByPath = new Map(textEntries(english).map(({ path, text }) => [path, text]));
  const writtenInLatin = script.test('a');
  const problems: string[] = [];
  for (const { path, text } of textEntries(translation)) {
    if (text === englishByPath.get(path) && /\p{L}{3}/u.test(text)) {
      problems.push(`${path} is English: "${text}"`);
      continue;
    }
    let run: string[] = [];
    for (const [found] of text.matchAll(word)) {
      // Words of one or two letters (a, in, to) are shared by too many languages to tell: they neither count nor break a run.
      if (found.length < 3) continue;
      const isEnglish = latinWord.test(found) && vocabulary.has(found.toLowerCase());
      run = isEnglish ? [...run, found] : [];
      if (isEnglish && (!writtenInLatin || run.length >= 3)) {
        problems.push(`${path} has English "${run.join(' ')}": "${text}"`);
        break;
      }
    }
  }
  return problems;
}

/** A locale's glossary: how it says each recurring term, its first form the canonical one. */
export interface Glossary {
  readonly locale: string;
  readonly register: string;
  readonly terms: Readonly<Record<GlossaryTerm, readonly string[]>>;
}

/** The recurring terms, and how to find each in English. */
export const glossaryTerms = {
  ID: /\bIDs?\b/,
  selfie: /\bselfie\b/i,
  verification: /\bverif(?:y|ied|ication)\b/i,
  attempt: /\battempts?\b/i,
  appeal: /\bappeal\b/i,
  support: /\bsupport\b/i,
} as const;
export type GlossaryTerm = keyof typeof glossaryTerms;

const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase();

/** Every form a glossary accepts, for every term. */
export function glossaryForms(glossary: Glossary): string[] {
  return Object.values(glossary.terms ?? {}).flat();
}

/** One voice: wherever English uses a recurring term, the translation uses one of the forms its glossary accepts for it. */
export function glossaryProblems(translation: Translation, english: Translation, glossary: Glossary): string[] {
  const problems: string[] = [];
  if (glossary.locale !== translation.locale) problems.push(`the glossary is for ${glossary.locale}`);
  if (!glossary.register?.trim()) problems.push('the glossary does not say which register the locale uses');
  const ours = new Map(entries(translation).map(({ path, text }) => [path, folded(text)]));
  for (const [term, inEnglish] of Object.entries(glossaryTerms) as [GlossaryTerm, RegExp][]) {
    const forms = (glossary.terms?.[term] ?? []).map(folded).filter(Boolean);
    if (!forms.length) {
      problems.push(`the glossary has no form for "${term}"`);
      continue;
    }
    for (const { path, text } of textEntries(english)) {
      if (!inEnglish.test(text)) continue;
      const translated = ours.get(path);
      if (translated !== undefined && !forms.some((form) => translated.includes(form))) {
        problems.push(`${path} says "${term}" in English but none of ${JSON.stringify(forms)}: "${translated}"`);
      }
    }
  }
  return problems;
}
