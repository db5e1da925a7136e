// A host page served with the strict policy docs/security.md documents (see strictCspPage in
// test/support/browser-plugins.mjs). Tests load it in a frame and drive its gate.
import type { IdVerificationGate, SandboxOutcome } from './strict-csp-types.js';

/** Every policy violation on this page, recorded before any of the gate's code runs. */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`);
});

await import('../../src/index.js');
const params = new URLSearchParams(location.search);
const gate = document.createElement('id-verification-gate') as IdVerificationGate;
gate.setAttribute('template-id', 'itmpl_sandbox');
gate.setAttribute('persona-host', params.get('persona-host')!);
gate.setAttribute('mode', params.get('mode')!);
gate.setAttribute('scope', `strict-csp-${Math.random()}`);
gate.setAttribute('flow-timeout', params.get('flow-timeout') ?? '20000');
document.querySelector('main')!.append(gate);
await gate.updateComplete;

/** Ends the open flow in the sandbox; posted from this page, the frame's parent, as the sandbox requires. */
function finishFlow(outcome: SandboxOutcome): void {
  const frame = gate.shadowRoot!.querySelector('iframe')!;
  frame.contentWindow!.postMessage({ personaSandbox: { outcome } }, `http://${params.get('persona-host')}`);
}

Object.assign(window, { gate, violations, finishFlow });
window.dispatchEvent(new Event('page-ready'));
