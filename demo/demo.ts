// The demo page: one live gate against the local Persona sandbox, its options
// and a log of its events. Each part is wired by its own function, so later
// sections (a state gallery, backend scenarios) can be added beside them.
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import { logGateEvents } from './event-log.js';
// Served by dev-server.config.mjs: the running sandbox's `localhost:PORT`.
import { sandboxHost } from './sandbox-host.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo/index.html has no #${id}`);
  return element as T;
}

/** Points the gate at the local sandbox, never at Persona's servers. */
function useSandbox(gate: IdVerificationGate): void {
  gate.setAttribute('persona-host', sandboxHost);
  byId('sandbox-host').textContent = `http://${sandboxHost}`;
}

/** Mode, max attempts and Reset; the form starts from the gate's own attributes. */
function wireControls(gate: IdVerificationGate): void {
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
  byId('reset').addEventListener('click', () => gate.reset());
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

// Synchronous up to here: the listeners are in place before the gate's first
// update, so the log also shows its first state change.
const gate = byId<IdVerificationGate>('gate');
useSandbox(gate);
wireLog(gate);
wireControls(gate);
showState(gate);
