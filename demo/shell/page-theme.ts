// The page around the gates follows the gallery's theme: a dark theme gets a
// dark page, so a designer judges the gate on the surface it will sit on.
import type { ThemeName } from '../gallery/themes.js';

export function followTheme(theme: ThemeName): void {
  document.documentElement.dataset['theme'] = theme;
}
