// The gallery's locale picker: 42 locales grouped by writing system, and a search field
// that narrows the list as one types (a language's own name, its English name or its tag).
import type { GateLocale } from '../../src/i18n/match-locale.js';
import { demoLocales, localeGroup, localeLabel } from '../shared/locales.js';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The locales whose label holds every word of `query`, accents and case aside. */
export function matchingLocales(query: string): GateLocale[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return demoLocales.filter((locale) => words.every((word) => fold(localeLabel(locale)).includes(word)));
}

/**
 * Fills `select` with the locales in groups and lets `search` narrow them. The chosen
 * locale always stays listed, so narrowing never changes the choice; Enter in the search
 * field chooses the first match (a `change` on the select, as a click would).
 */
export function wireLocalePicker(select: HTMLSelectElement, search: HTMLInputElement): void {
  const fill = () => {
    const chosen = select.value;
    const shown = new Set(matchingLocales(search.value));
    const groups = new Map<string, HTMLOptGroupElement>();
    for (const locale of demoLocales) {
      if (!shown.has(locale) && locale !== chosen) continue;
      const label = localeGroup(locale);
      const group = groups.get(label) ?? Object.assign(document.createElement('optgroup'), { label });
      groups.set(label, group);
      const option = new Option(localeLabel(locale), locale);
      option.lang = locale;
      group.append(option);
    }
    select.replaceChildren(...groups.values());
    if (chosen) select.value = chosen;
    search.dataset['matches'] = String(shown.size);
  };
  search.addEventListener('input', fill);
  // The search field is not a setting: its own change must not re-render the gallery.
  search.addEventListener('change', (event) => event.stopPropagation());
  search.addEventListener('keydown', (event) => {
    const [first] = matchingLocales(search.value);
    if (event.key !== 'Enter' || !first) return;
    event.preventDefault();
    select.value = first;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  fill();
}
