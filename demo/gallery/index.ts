// Wires the state gallery section of demo/index.html.
import { byId } from '../shared/dom.js';
import { wireGalleryControls } from './controls.js';
import { installThemeStyles, renderGallery } from './gallery.js';
import { gallerySettingsFromUrl, type GallerySettings } from './settings.js';

/**
 * Renders the gallery and follows its toolbar; `onChange` hears every new
 * setting (the page chrome and the compare view follow the theme and locale).
 * Resolves once the first cards show their screens: until then they are hidden,
 * so the first paint is screens, not a row of spinners.
 */
export async function startGallery(onChange: (settings: GallerySettings) => void): Promise<GallerySettings> {
  const cards = byId('gallery-cards');
  const snippet = byId('gallery-theme');
  const settings = gallerySettingsFromUrl();
  installThemeStyles();
  wireGalleryControls(byId<HTMLFormElement>('gallery-controls'), settings, (next) => {
    void renderGallery(cards, snippet, next);
    onChange(next);
  });
  onChange(settings);
  cards.setAttribute('aria-busy', 'true');
  await renderGallery(cards, snippet, settings);
  cards.removeAttribute('aria-busy');
  return settings;
}
