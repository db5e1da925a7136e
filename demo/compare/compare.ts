// The compare view: one state side by side in every built-in locale (in the
// gallery's theme), or in every theme (in the gallery's locale).
import { html, render } from 'lit';
import { builtInLocales, GateStates, type GateState, type IdVerificationGate } from '../../src/index.js';
import { previewFrame } from '../gallery/gallery.js';
import type { GallerySettings } from '../gallery/settings.js';
import { themeNames, themes } from '../gallery/themes.js';
import { readChoice, writeParams } from '../shared/query.js';

export const compareBys = ['locale', 'theme'] as const;
export type CompareBy = (typeof compareBys)[number];

export interface CompareSettings {
  readonly state: GateState;
  readonly by: CompareBy;
}

/** Kept in the URL (`?compare-state=retry&compare-by=theme`), as the gallery's settings are. */
export function compareSettingsFromUrl(): CompareSettings {
  return { state: readChoice('compare-state', GateStates, 'retry'), by: readChoice('compare-by', compareBys, 'locale') };
}

export function saveCompareSettings({ state, by }: CompareSettings): void {
  writeParams({ 'compare-state': state, 'compare-by': by });
}

export async function renderCompare(container: HTMLElement, compare: CompareSettings, gallery: GallerySettings): Promise<void> {
  const columns =
    compare.by === 'locale'
      ? builtInLocales.map((locale) => ({ label: localeLabel(locale), settings: { ...gallery, locale } }))
      : themeNames.map((theme) => ({ label: themes[theme].label, settings: { ...gallery, theme } }));
  render(
    columns.map(
      ({ label, settings }) => html`<figure class="compare-item" data-locale=${settings.locale} data-theme=${settings.theme}>
        <figcaption>${label}</figcaption>
        ${previewFrame(compare.state, settings)}
      </figure>`,
    ),
    container,
  );
  await Promise.all([...container.querySelectorAll<IdVerificationGate>('id-verification-gate')].map((gate) => gate.updateComplete));
}

/** "Deutsch (de)": each language in its own words. */
export function localeLabel(locale: string): string {
  return `${new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale} (${locale})`;
}
