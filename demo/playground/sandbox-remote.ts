// Plays the person's part inside the sandbox: the same control messages its
// buttons send (see test/support/persona-sandbox/README.md).
import type { IdVerificationGate } from '../../src/index.js';
import type { FlowOutcome } from './scenarios.js';

/** The open flow's iframe, in the gate's shadow root (inline, or in the gate's modal). */
export function flowFrame(gate: IdVerificationGate): HTMLIFrameElement | null {
  return gate.shadowRoot?.querySelector<HTMLIFrameElement>('iframe') ?? null;
}

/** The sandbox's origin: Persona's SDK loads `localhost` hosts over http, every other host over https. */
function sandboxOrigin(host: string): string {
  return `${host.startsWith('localhost') ? 'http' : 'https'}://${host}`;
}

/**
 * Ends or disturbs the open flow as a click in the sandbox would. The message
 * goes from this page, the frame's parent: the only sender the sandbox obeys.
 */
export function sendOutcome(gate: IdVerificationGate, outcome: FlowOutcome): void {
  const frame = flowFrame(gate);
  if (!frame?.contentWindow) throw new Error('No Persona flow is open.');
  frame.contentWindow.postMessage({ personaSandbox: { outcome } }, sandboxOrigin(gate.personaHost ?? location.host));
}
