import { css } from 'lit';

export const gateStyles = css`
  :host {
    --idv-color-text: #1c1f24;
    --idv-color-muted: #4b5563;
    --idv-color-background: #ffffff;
    --idv-color-border: #d0d5dd;
    --idv-color-accent: #1d4ed8;
    --idv-color-accent-text: #ffffff;
    --idv-color-focus: #1d4ed8;
    --idv-radius: 8px;
    --idv-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    --idv-spacing: 1rem;
    display: block;
    color: var(--idv-color-text);
    font-family: var(--idv-font);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --idv-color-text: #f3f4f6;
      --idv-color-muted: #c4c9d2;
      --idv-color-background: #16181d;
      --idv-color-border: #3b414d;
      --idv-color-accent: #93b4ff;
      --idv-color-accent-text: #0b1020;
      --idv-color-focus: #93b4ff;
    }
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .screen {
    background: var(--idv-color-background);
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius);
    padding: calc(var(--idv-spacing) * 1.5);
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
`;
