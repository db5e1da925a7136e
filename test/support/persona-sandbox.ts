// Drives the local Persona sandbox from a test page, the way a person would click in it.
import { oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../../src/index.js';

declare global {
  // Set by web-test-runner.config.mjs: the sandbox's `localhost:PORT`.
  var personaSandboxHost: string;
}

export const sandboxHost = globalThis.personaSandboxHost;
export const sandboxOrigin = `http://${sandboxHost}`;

export type SandboxOutcome = 'complete' | 'fail' | 'exit' | 'error' | 'load-camera-failed';

/** The flow's iframe, in the gate's shadow root (inline, or inside the gate's modal). */
export function flowFrame(gate: IdVerificationGate): HTMLIFrameElement | null {
  return gate.shadowRoot?.querySelector<HTMLIFrameElement>('iframe') ?? null;
}

/** Ends the open flow in the sandbox with an outcome, as a person clicking there would. */
export function finishFlow(
  gate: IdVerificationGate,
  outcome: SandboxOutcome,
  extra: { code?: string; message?: string } = {},
): void {
  const frame = flowFrame(gate);
  if (!frame?.contentWindow) throw new Error('No Persona flow is open');
  frame.contentWindow.postMessage({ personaSandbox: { outcome, ...extra } }, sandboxOrigin);
}

/**
 * The query string the open flow was loaded with, as the sandbox received it
 * (the host page holds no copy of that URL: the sandbox is asked).
 */
export async function flowParams(gate: IdVerificationGate): Promise<URLSearchParams> {
  const frame = flowFrame(gate)?.contentWindow;
  if (!frame) throw new Error('No Persona flow is open');
  const answer = new Promise<string>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== frame || typeof event.data?.personaSandboxQuery !== 'string') return;
      removeEventListener('message', listen);
      resolve(event.data.personaSandboxQuery);
    };
    addEventListener('message', listen);
  });
  frame.postMessage({ personaSandbox: { describe: true } }, sandboxOrigin);
  return new URLSearchParams(await answer);
}

/** Clicks Start (or any action) and waits until the flow is on screen. */
export async function openFlow(gate: IdVerificationGate, open: () => void = () => gate.start()): Promise<void> {
  const ready = oneEvent(gate, 'idv-ready');
  open();
  await ready;
}
