// The --idv-* tokens the theme editor offers, grouped as a designer thinks of them.

export type TokenControl =
  | { readonly kind: 'color' }
  | { readonly kind: 'length'; readonly unit: 'px' | 'rem' | 'ms'; readonly min: number; readonly max: number; readonly step: number }
  | { readonly kind: 'font'; readonly options: readonly string[] };

export interface Token {
  readonly name: `--idv-${string}`;
  readonly label: string;
  readonly control: TokenControl;
}

const color = (name: string, label: string): Token => ({ name: `--idv-color-${name}`, label, control: { kind: 'color' } });

export const tokenGroups: ReadonlyArray<{ readonly legend: string; readonly tokens: readonly Token[] }> = [
  {
    legend: 'Surface and text',
    tokens: [
      color('background', 'Screen background'),
      color('text', 'Text'),
      color('muted', 'Body text'),
      color('border', 'Borders'),
      color('accent', 'Accent: primary button, links'),
      color('accent-text', 'Text on the accent'),
      color('focus', 'Focus ring'),
    ],
  },
  {
    legend: 'Tones',
    tokens: ['neutral', 'progress', 'success', 'warning', 'danger'].flatMap((tone) => [
      color(tone, `${tone[0]!.toUpperCase()}${tone.slice(1)}`),
      color(`${tone}-soft`, `${tone[0]!.toUpperCase()}${tone.slice(1)}, soft`),
    ]),
  },
  {
    legend: 'Shape, type and motion',
    tokens: [
      { name: '--idv-radius', label: 'Corner radius', control: { kind: 'length', unit: 'px', min: 0, max: 24, step: 1 } },
      { name: '--idv-spacing', label: 'Spacing', control: { kind: 'length', unit: 'rem', min: 0.5, max: 2, step: 0.125 } },
      { name: '--idv-motion-duration', label: 'Entrance motion', control: { kind: 'length', unit: 'ms', min: 0, max: 600, step: 20 } },
      {
        name: '--idv-font',
        label: 'Font',
        control: {
          kind: 'font',
          options: ["system-ui, sans-serif", "Georgia, 'Iowan Old Style', serif", "'DejaVu Sans', Verdana, sans-serif", 'ui-monospace, monospace'],
        },
      },
    ],
  },
];

export const allTokens: readonly Token[] = tokenGroups.flatMap((group) => group.tokens);
