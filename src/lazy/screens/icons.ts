import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit-html';

/**
 * The screens' icons: 24 px line drawings in the tone's colour (currentColor),
 * inline so they need no request and follow forced-colors. Decorative: the
 * heading next to each says what it means.
 */
const icon = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2"
    stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;

export const icons = {
  lock: icon(svg`<rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" />`),
  pause: icon(svg`<circle cx="12" cy="12" r="9" /><path d="M10 9v6M14 9v6" />`),
  idCard: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2" /><circle cx="9" cy="11" r="2" /><path d="M6 16c.6-1.4 1.7-2 3-2s2.4.6 3 2M14 10h4M14 14h3" />`,
  ),
  check: icon(svg`<circle cx="12" cy="12" r="9" /><path d="m8 12.5 2.7 2.7L16 9.8" />`),
  retry: icon(svg`<path d="M3 12a9 9 0 1 0 9-9 9.8 9.8 0 0 0-6.7 2.7L3 8" /><path d="M3 3v5h5" />`),
  alert: icon(svg`<circle cx="12" cy="12" r="9" /><path d="M12 7.5v5M12 16.5h.01" />`),
  ban: icon(svg`<circle cx="12" cy="12" r="9" /><path d="m5.7 5.7 12.6 12.6" />`),
  warning: icon(svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" /><path d="M12 9v4M12 17h.01" />`,
  ),
  /** Small marks inside the step list's circles. */
  stepDone: icon(svg`<path d="m6 12.5 4 4L18 8" />`),
  stepFailed: icon(svg`<path d="M7 7l10 10M17 7 7 17" />`),
} as const;

export type IconName = keyof typeof icons;
