import { css } from '@lit/reactive-element';

/** What every gate needs at once: the theme properties the frame and the busy spinner use, the frame, the spinner. */
export const gateStyles = css`
  /*
   * Colours follow the page's color-scheme (light-dark()): a page that declares
   * "color-scheme: light dark" gets the dark set in dark mode, a light-only page
   * keeps the light set, and "id-verification-gate { color-scheme: dark }" forces it.
   */
  :host {
    --idv-color-text: light-dark(#1c1f24, #f3f4f6);
    --idv-color-background: light-dark(#ffffff, #16181d);
    --idv-color-border: light-dark(#d0d5dd, #3b414d);
    --idv-color-accent: light-dark(#1d4ed8, #93b4ff);
    --idv-radius: 8px;
    --idv-spacing: 1rem;
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  :host([verified]) .gate {
    all: unset;
    display: contents;
  }
  .gate {
    display: block;
  }
  /* The live region: read out, never seen (it has no margin, padding or border to undo). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .screen {
    background: var(--idv-color-background);
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius);
    padding: calc(var(--idv-spacing) * 1.5);
  }
  .spinner {
    width: 1.5rem;
    height: 1.5rem;
    border: 3px solid var(--idv-color-border);
    border-top-color: var(--idv-color-accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
    margin-bottom: 0.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
