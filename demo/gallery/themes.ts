// The gallery's themes. Each is only CSS declarations on the element, so the
// card's markup can show exactly what produces it.

export const themeNames = ['light', 'dark', 'brand'] as const;
export type ThemeName = (typeof themeNames)[number];

export interface Theme {
  readonly label: string;
  /** Declarations for `id-verification-gate { … }`; none for the defaults. */
  readonly declarations: Readonly<Record<string, string>>;
  /** Why the CSS looks like this, as a comment in the copied markup. */
  readonly comment?: string;
}

export const themes: Readonly<Record<ThemeName, Theme>> = {
  light: { label: 'Light', declarations: {} },
  dark: {
    label: 'Dark',
    // The gate's defaults use light-dark(): its colours follow color-scheme.
    declarations: { 'color-scheme': 'dark' },
    comment: 'The gate follows the page\'s color-scheme; "light dark" on :root follows the system.',
  },
  brand: {
    label: 'Brand',
    // A made-up brand ("warm paper, teal, serif") set only through --idv-* properties.
    declarations: {
      '--idv-color-text': '#1f2a24',
      '--idv-color-muted': '#46544c',
      '--idv-color-background': '#fbf8f1',
      '--idv-color-border': '#d9cfbd',
      '--idv-color-accent': '#0f6b5c',
      '--idv-color-accent-text': '#ffffff',
      '--idv-color-focus': '#b4540a',
      '--idv-radius': '14px',
      '--idv-font': "'Iowan Old Style', 'Palatino Linotype', Georgia, serif",
      '--idv-spacing': '1.125rem',
    },
    comment: 'A brand theme: only --idv-* custom properties.',
  },
};

/** `selector { … }` for a theme, or '' when it keeps the defaults. */
export function themeRule(name: ThemeName, selector: string, indent = ''): string {
  const entries = Object.entries(themes[name].declarations);
  if (entries.length === 0) return '';
  const body = entries.map(([property, value]) => `${indent}  ${property}: ${value};`).join('\n');
  return `${indent}${selector} {\n${body}\n${indent}}`;
}
