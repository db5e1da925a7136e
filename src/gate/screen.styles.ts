import { css } from 'lit';

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
    margin: 0 0 calc(var(--idv-spacing) * 0.75);
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
