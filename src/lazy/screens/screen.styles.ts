import { css } from './css.js';

/** The screens' typography, lists and buttons, and the inline flow's frame; loaded with the screens (always before a flow opens). */
export const screenStyles = css`
  .flow {
    margin-top: var(--idv-spacing);
  }
  .flow iframe {
    display: block;
    width: 100%;
    min-height: 650px;
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius);
  }
  /* The gate's words; your gated content keeps your page's font and colour. */
  .screen,
  .banner {
    color: var(--idv-color-text);
    font-family: var(--idv-font);
    line-height: 1.5;
  }
  /* Theme properties only the screens use (the rest are in gate.styles.ts, needed before the screens load). */
  :host {
    --idv-color-muted: light-dark(#4b5563, #c4c9d2);
    --idv-color-accent-text: light-dark(#ffffff, #0b1020);
    --idv-color-focus: light-dark(#1d4ed8, #93b4ff);
    --idv-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    /*
     * Tones: each a colour for icons, marks and the screen's top edge, and a soft
     * one behind the icon. Every pair keeps 4.5:1 against the screen and the soft
     * colour, in light and dark (checked by test/tones.test.ts).
     */
    --idv-color-neutral: light-dark(#4b5563, #c4c9d2);
    --idv-color-neutral-soft: light-dark(#eef0f3, #262a33);
    --idv-color-progress: light-dark(#1d4ed8, #93b4ff);
    --idv-color-progress-soft: light-dark(#e8efff, #1b2540);
    --idv-color-success: light-dark(#12703a, #6fdc98);
    --idv-color-success-soft: light-dark(#e6f4ea, #13291d);
    --idv-color-warning: light-dark(#a14a00, #f5b451);
    --idv-color-warning-soft: light-dark(#fdf0dc, #2f2310);
    --idv-color-danger: light-dark(#b91c1c, #fd9a9a);
    --idv-color-danger-soft: light-dark(#fdeaea, #351a1d);
    /* A screen's entrance; 0s turns it off (it is off anyway under prefers-reduced-motion). */
    --idv-motion-duration: 180ms;
  }
  [data-tone='neutral'] {
    --tone: var(--idv-color-neutral);
    --tone-soft: var(--idv-color-neutral-soft);
  }
  [data-tone='progress'] {
    --tone: var(--idv-color-progress);
    --tone-soft: var(--idv-color-progress-soft);
  }
  [data-tone='success'] {
    --tone: var(--idv-color-success);
    --tone-soft: var(--idv-color-success-soft);
  }
  [data-tone='warning'] {
    --tone: var(--idv-color-warning);
    --tone-soft: var(--idv-color-warning-soft);
  }
  [data-tone='danger'] {
    --tone: var(--idv-color-danger);
    --tone-soft: var(--idv-color-danger-soft);
  }
  .screen,
  .banner {
    border-top: 4px solid var(--tone);
  }
  .banner {
    margin-bottom: var(--idv-spacing);
    padding: calc(var(--idv-spacing) * 0.75) var(--idv-spacing);
    background: var(--idv-color-background);
    border-inline: 1px solid var(--idv-color-border);
    border-bottom: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius);
  }
  .banner h2 {
    margin: 0;
    font-size: 1.05rem;
  }
  .title {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: 0 0 calc(var(--idv-spacing) * 0.75);
  }
  .banner .title {
    margin: 0;
  }
  .title h2 {
    margin: 0;
    min-width: 0;
  }
  .icon {
    flex: none;
    display: grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    color: var(--tone);
    background: var(--tone-soft);
  }
  .icon svg {
    display: block;
  }
  .icon .spinner {
    margin: 0;
    border-color: var(--tone-soft);
    border-top-color: var(--tone);
  }
  /*
   * Steps side by side only where each name has room for a long word (German, Finnish
   * and Tamil step names run to 15 letters and more): two by two in a card, one per
   * line on a phone, four in a row in a wide gate.
   */
  .steps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.5rem;
    margin: 0.5rem 0 var(--idv-spacing);
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-width: 0;
    color: var(--idv-color-text);
    font-size: 0.9rem;
    line-height: 1.3;
  }
  .step-name {
    min-width: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .step-mark {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    border: 2px solid var(--idv-color-border);
    font-weight: 600;
    font-size: 0.85rem;
    color: var(--idv-color-muted);
  }
  .step-mark svg {
    width: 1rem;
    height: 1rem;
  }
  .step[data-status='done'] .step-mark {
    border-color: var(--idv-color-success);
    color: var(--idv-color-success);
    background: var(--idv-color-success-soft);
  }
  .step[data-status='failed'] {
    font-weight: 600;
  }
  .step[data-status='failed'] .step-mark {
    border-color: var(--idv-color-warning);
    color: var(--idv-color-warning);
    background: var(--idv-color-warning-soft);
  }
  @media (prefers-reduced-motion: no-preference) {
    .screen,
    .banner {
      animation: enter var(--idv-motion-duration) ease-out;
    }
    .icon {
      animation: pop calc(var(--idv-motion-duration) * 1.5) ease-out;
    }
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: translateY(4px);
    }
  }
  @keyframes pop {
    from {
      transform: scale(0.6);
    }
  }
  /* Forced colours: system colours only; the tone is carried by the icon's shape, and the marks keep their outline. */
  @media (forced-colors: active) {
    .icon,
    .step-mark {
      color: CanvasText;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .step[data-status] .step-mark {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
    .screen,
    .banner {
      border-top-color: CanvasText;
    }
    .icon .spinner {
      border-color: GrayText;
      border-top-color: Highlight;
    }
  }
  /* A long word in a narrow gate (German compounds) wraps instead of overflowing. */
  h2,
  h3,
  button {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  button {
    max-width: 100%;
  }
  h2 {
    font-size: 1.25rem;
    line-height: 1.3;
  }
  h3 {
    margin: var(--idv-spacing) 0 0.25rem;
    font-size: 1rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
  }
  .body {
    color: var(--idv-color-muted);
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: calc(var(--idv-spacing) * 1.25);
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.5rem 1.25rem;
    border-radius: var(--idv-radius);
    border: 1px solid var(--idv-color-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--idv-color-accent);
    color: var(--idv-color-accent-text);
  }
  button.secondary {
    background: transparent;
    color: var(--idv-color-accent);
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--idv-color-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--idv-color-accent);
    font-weight: 600;
  }
`;
