// Plays the person's part inside the sandbox: the same control messages its
// buttons send (see src/testing/persona-sandbox/README.md).
import type { IdVerificationGate } from '../../src/index.js';
import type { FlowOutcome } from './scenarios.js';

/** The open flow's iframe: inside the gate (inline) or in Persona's modal on this page. */
export function flowFrame(gate: IdVerificationGate): HTMLIFrameElement | null {
  return (
    gate.shadowRoot?.querySelector<HTMLIFrameElement>('iframe') ??
    document.querySelector<HTMLIFrameElement>('iframe.persona-widget__iframe')
  );
}

/**
 * Ends or disturbs the open flow as a click in the sandbox would. The message
 * goes from this page, the frame's parent: the only sender the sandbox obeys.
 */
export function sendOutcome(gate: IdVerificationGate, outcome: FlowOutcome): void {
  const frame = flowFrame(gate);
  if (!frame?.contentWindow) throw new Error('No Persona flow is open.');
  frame.contentWindow.postMessage({ personaSandbox: { outcome } }, new URL(frame.src).origin);
}
