// The gallery's toolbar: locale, theme, mode and frame width.
import type { GateLocale } from '../../src/i18n/match-locale.js';
import { wireLocalePicker } from './locale-picker.js';
import { modes, saveGallerySettings, viewports, type GallerySettings, type Mode, type Viewport } from './settings.js';
import { themeNames, themes, type ThemeName } from './themes.js';

/**
 * Fills the form from `initial` and calls `onChange` with the new settings,
 * saved in the URL, whenever a control changes.
 */
export function wireGalleryControls(
  form: HTMLFormElement,
  initial: GallerySettings,
  onChange: (settings: GallerySettings) => void,
): void {
  const locale = form.elements.namedItem('locale') as HTMLSelectElement;
  wireLocalePicker(locale, form.querySelector<HTMLInputElement>('#gallery-locale-search')!);
  fillRadios(form, 'theme', themeNames, (name) => themes[name].label);
  fillRadios(form, 'mode', modes, (mode) => mode);
  fillRadios(form, 'viewport', viewports, (viewport) => (viewport === 'mobile' ? 'Mobile (360 px)' : 'Desktop (540 px)'));

  locale.value = initial.locale;
  for (const name of ['theme', 'mode', 'viewport'] as const) {
    (form.elements.namedItem(name) as RadioNodeList).value = initial[name];
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const value = (name: string) => (form.elements.namedItem(name) as RadioNodeList | HTMLSelectElement).value;
    const settings: GallerySettings = {
      locale: value('locale') as GateLocale,
      theme: value('theme') as ThemeName,
      mode: value('mode') as Mode,
      viewport: value('viewport') as Viewport,
    };
    saveGallerySettings(settings);
    onChange(settings);
  });
}

/** Radio buttons for `name` inside its `<fieldset data-radios="name">`. */
function fillRadios<T extends string>(form: HTMLFormElement, name: string, values: readonly T[], label: (value: T) => string): void {
  const group = form.querySelector<HTMLElement>(`[data-radios="${name}"]`);
  if (!group) throw new Error(`The gallery form has no [data-radios="${name}"]`);
  group.replaceChildren(
    ...values.map((value) => {
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = value;
      const wrapper = document.createElement('label');
      wrapper.className = 'segment';
      wrapper.append(input, ' ', label(value));
      return wrapper;
    }),
  );
}
