import { pseudoLocaleTag } from './match-locale.js';
import type { Translation } from './translation.js';

const plain = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const accented = [...'ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ'];
const vowels = /[aeiouAEIOU]/;

/**
 * One string pseudo-localized: every letter accented, every vowel doubled (about 40%
 * longer, as many languages run beside English), bracketed so a cut end shows.
 * Digits and punctuation stay, so counts and URLs still read.
 */
export function pseudoText(text: string): string {
  let out = '';
  for (const char of text) {
    const index = plain.indexOf(char);
    const letter = index === -1 ? char : accented[index]!;
    out += vowels.test(char) ? letter + letter : letter;
  }
  return `[${out}]`;
}

/** Every string of a translation pseudo-localized: what no translator touched shows as plain English. */
export function pseudoLocalize(base: Translation): Translation {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoText(value);
    if (typeof value === 'function') return (...args: unknown[]) => pseudoText(value(...args));
    if (Array.isArray(value)) return value.map(convert);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, convert(entry)]));
    }
    return value;
  };
  return { ...(convert(base) as Translation), locale: pseudoLocaleTag, dir: base.dir };
}
