// Drives the local Persona sandbox from a test page, the way a person would click in it.
import { oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../../src/index.js';

declare global {
  // Set by web-test-runner.config.mjs: the sandbox's `localhost:PORT`.
  var personaSandboxHost: string;
}

export const sandboxHost = globalThis.personaSandboxHost;

export type SandboxOutcome = 'complete' | 'fail' | 'exit' | 'error' | 'load-camera-failed';

/** The flow's iframe: inside the gate (inline) or Persona's modal overlay on the page. */
export function flowFrame(gate: IdVerificationGate): HTMLIFrameElement | null {
  return (
    gate.shadowRoot?.querySelector<HTMLIFrameElement>('iframe') ??
    document.querySelector<HTMLIFrameElement>('iframe.persona-widget__iframe')
  );
}

/** Ends the open flow in the sandbox with an outcome, as a person clicking there would. */
export function finishFlow(
  gate: IdVerificationGate,
  outcome: SandboxOutcome,
  extra: { code?: string; message?: string } = {},
): void {
  const frame = flowFrame(gate);
  if (!frame?.contentWindow) throw new Error('No Persona flow is open');
  frame.contentWindow.postMessage({ personaSandbox: { outcome, ...extra } }, `http://${sandboxHost}`);
}

/** Clicks Start (or any action) and waits until the flow is on screen. */
export async function openFlow(gate: IdVerificationGate, open: () => void = () => gate.start()): Promise<void> {
  const ready = oneEvent(gate, 'idv-ready');
  open();
  await ready;
}
