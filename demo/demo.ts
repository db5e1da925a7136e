// The demo page: one live gate against the local Persona sandbox and a mocked
// backend, its options and a log of its events. Each part is wired by its own
// function, so later sections (a state gallery) can be added beside them.
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import { startMockBackend } from './backend.js';
import { applyBackend, settingsFromUrl, wireBackendPicker, type BackendSettings } from './backend-picker.js';
import { logGateEvents } from './event-log.js';
// Served by dev-server.config.mjs: the running sandbox's `localhost:PORT`.
import { sandboxHost } from './sandbox-host.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo/index.html has no #${id}`);
  return element as T;
}

/** The gate from its `<template>`, upgraded but not yet on the page. */
function createGate(): IdVerificationGate {
  const template = byId<HTMLTemplateElement>('gate-template');
  const gate = template.content.querySelector('id-verification-gate');
  if (!gate) throw new Error('#gate-template has no <id-verification-gate>');
  return document.importNode(gate, true);
}

/** Points the gate at the local sandbox, never at Persona's servers. */
function useSandbox(gate: IdVerificationGate): void {
  gate.setAttribute('persona-host', sandboxHost);
  byId('sandbox-host').textContent = `http://${sandboxHost}`;
}

/** Starts msw; without it (no service workers) the demo still runs, client-side only. */
async function startBackend(settings: BackendSettings): Promise<BackendSettings> {
  try {
    await startMockBackend();
    return settings;
  } catch (error) {
    console.error('The mocked backend (msw) did not start:', error);
    byId('backend-note').textContent =
      'The mocked backend could not start in this browser (service workers unavailable), so the gate runs without a server.';
    byId<HTMLFieldSetElement>('backend-controls').disabled = true;
    return { choice: 'none', serverSession: false };
  }
}

/** Mode, max attempts and Reset; the form starts from the gate's own attributes. */
function wireControls(gate: IdVerificationGate, restart: () => void): void {
  const mode = byId<HTMLSelectElement>('mode');
  const maxAttempts = byId<HTMLInputElement>('max-attempts');
  mode.value = gate.mode;
  maxAttempts.value = String(gate.maxAttempts);

  mode.addEventListener('change', () => gate.setAttribute('mode', mode.value));
  maxAttempts.addEventListener('change', () => {
    // Empty means "the default"; anything else goes to the gate as typed, so an
    // invalid value shows the gate's own invalid_config error.
    if (maxAttempts.value.trim() === '') gate.removeAttribute('max-attempts');
    else gate.setAttribute('max-attempts', maxAttempts.value);
  });
  byId('controls').addEventListener('submit', (event) => event.preventDefault());
  byId('reset').addEventListener('click', restart);
}

/** Shows the gate's current state next to the controls. */
function showState(gate: IdVerificationGate): void {
  const output = byId<HTMLOutputElement>('state');
  const render = (): void => {
    output.value = gate.state;
  };
  gate.addEventListener('idv-state-change', render);
  render();
}

function wireLog(gate: IdVerificationGate): void {
  const list = byId<HTMLOListElement>('event-log');
  logGateEvents(gate, list);
  byId('clear-log').addEventListener('click', () => list.replaceChildren());
}

// The gate asks status-url as soon as it is connected, so msw must answer first.
const settings = await startBackend(settingsFromUrl());
const gate = createGate();
useSandbox(gate);
applyBackend(gate, settings);
wireLog(gate);
const restart = wireBackendPicker(gate, byId('backend'), byId('server-session'), settings);
wireControls(gate, restart);
showState(gate);
// Configured and listened to before it is connected: the log also shows its first state change.
byId('stage').replaceChildren(gate);
