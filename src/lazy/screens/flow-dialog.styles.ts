import { css } from './css.js';

/** The gate's modal around Persona's flow (`mode="modal"`); loaded with the screens. */
export const flowDialogStyles = css`
  .flow-dialog {
    box-sizing: border-box;
    width: min(400px, 100vw - 2rem);
    height: min(650px, 100dvh - 2rem);
    max-width: none;
    max-height: none;
    padding: 0;
    border: 1px solid var(--idv-color-border);
    border-radius: var(--idv-radius);
    background: var(--idv-color-background);
    color: var(--idv-color-text);
    overflow: hidden;
  }
  .flow-dialog[open] {
    display: flex;
    flex-direction: column;
  }
  .flow-dialog::backdrop {
    background: rgb(0 0 0 / 0.7);
  }
  .flow-dialog-bar {
    display: flex;
    justify-content: flex-end;
    padding: 0.25rem;
  }
  .flow-dialog iframe {
    display: block;
    flex: 1;
    width: 100%;
    min-height: 0;
    border: 0;
  }
  /* Small screens: the flow takes the whole screen, as Persona's own modal does. */
  @media (max-width: 600px), (max-height: 420px) {
    .flow-dialog {
      width: 100vw;
      height: 100dvh;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
  }
`;
