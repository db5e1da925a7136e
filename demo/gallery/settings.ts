// What the gallery shows: one locale, one theme, one mode, one frame width.
// Kept in the URL (`?locale=de&theme=dark&mode=inline&viewport=mobile`).
import type { GateLocale } from '../../src/i18n/match-locale.js';
import { demoLocales } from '../shared/locales.js';
import { readChoice, writeParams } from '../shared/query.js';
import { themeNames, type ThemeName } from './themes.js';

export const modes = ['modal', 'inline'] as const;
export type Mode = (typeof modes)[number];

/** Frame widths: a small phone, and a content column on a desktop page. */
export const viewports = ['desktop', 'mobile'] as const;
export type Viewport = (typeof viewports)[number];

export interface GallerySettings {
  readonly locale: GateLocale;
  readonly theme: ThemeName;
  readonly mode: Mode;
  readonly viewport: Viewport;
}

export function gallerySettingsFromUrl(): GallerySettings {
  return {
    locale: readChoice('locale', demoLocales, 'en'),
    theme: readChoice('theme', themeNames, 'light'),
    mode: readChoice('mode', modes, 'modal'),
    viewport: readChoice('viewport', viewports, 'desktop'),
  };
}

export function saveGallerySettings(settings: GallerySettings): void {
  writeParams({ ...settings });
}
