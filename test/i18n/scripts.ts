// Which script a locale is written in, from its likely script (`sr` → Cyrillic, `ja` → Japanese).
import { agreedNames } from './locale-checks.js';

/** Writing systems that mix scripts: Japanese (kanji and kana), Korean (hangul, some hanja), Chinese. */
const mixed: Readonly<Record<string, readonly string[]>> = {
  Jpan: ['Hani', 'Hira', 'Kana'],
  Kore: ['Hang', 'Hani'],
  Hans: ['Hani'],
  Hant: ['Hani'],
};

/** The script's name and a pattern matching one of its letters. */
export function scriptOf(locale: string): { name: string; letter: RegExp } {
  const name = new Intl.Locale(locale).maximize().script ?? 'Latn';
  const scripts = mixed[name] ?? [name];
  return { name, letter: new RegExp(scripts.map((script) => `\\p{Script=${script}}`).join('|'), 'u') };
}

/**
 * The share of a text's letters written in the locale's script: 1 when all are (or none is left). Agreed
 * names and the loanwords a locale agreed on (`agreed`, its glossary's forms) are left aside.
 */
export function shareInScript(text: string, locale: string, agreed: readonly string[] = []): number {
  const { letter } = scriptOf(locale);
  const names = [...agreedNames, ...agreed].sort((a, b) => b.length - a.length);
  const rest = names.reduce((left, name) => left.replace(new RegExp(escape(name), 'giu'), ''), text);
  const letters = [...rest].filter((char) => /\p{L}/u.test(char));
  return letters.length ? letters.filter((char) => letter.test(char)).length / letters.length : 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
