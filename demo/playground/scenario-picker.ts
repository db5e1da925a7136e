// The "Backend scenario" picker: which mocked server the gate talks to, kept in
// the URL (`?scenario=…&session-url=1`) so a reload keeps it.
import type { IdVerificationGate } from '../src/index.js';
import {
  isBackendChoice,
  scenarioNames,
  serveScenario,
  sessionUrl,
  statusUrl,
  type BackendChoice,
} from './backend.js';

const defaultChoice: BackendChoice = 'approve';

const fixedLabels: Partial<Record<BackendChoice, string>> = {
  none: 'No server (client-side only)',
  'already-verified': 'Already verified',
  approve: 'Approve at once',
  'approve-after-review': 'Approve after review',
  exhausted: 'Exhausted (declines every attempt)',
  'pending-forever': 'Pending forever (review timeout)',
  'flaky-server': 'Flaky server (first request fails)',
  'server-down': 'Server down',
  'malformed-reply': 'Malformed reply',
};

/** "decline-blurry_photo-then-approve" → "Decline: blurry photo, then approve". */
function label(choice: BackendChoice): string {
  const decline = /^decline-(.+)-then-approve$/.exec(choice);
  if (decline) return `Decline: ${words(decline[1]!)}, then approve`;
  const blocked = /^blocked-(.+)$/.exec(choice);
  if (blocked) return `Blocked: ${words(blocked[1]!)}`;
  return fixedLabels[choice] ?? choice;
}

function words(reason: string): string {
  return reason.replaceAll('_', ' ');
}

export interface BackendSettings {
  readonly choice: BackendChoice;
  /** The server creates the inquiry (`session-url`). */
  readonly serverSession: boolean;
}

export function settingsFromUrl(): BackendSettings {
  const query = new URLSearchParams(location.search);
  const scenario = query.get('scenario');
  return { choice: isBackendChoice(scenario) ? scenario : defaultChoice, serverSession: query.get('session-url') === '1' };
}

function saveInUrl({ choice, serverSession }: BackendSettings): void {
  const url = new URL(location.href);
  url.searchParams.set('scenario', choice);
  if (serverSession) url.searchParams.set('session-url', '1');
  else url.searchParams.delete('session-url');
  history.replaceState(null, '', url);
}

/** Serves the scenario and points the gate's `status-url` / `session-url` at it (or at nothing). */
export function applyBackend(gate: IdVerificationGate, { choice, serverSession }: BackendSettings): void {
  serveScenario(choice);
  const hasServer = choice !== 'none';
  if (hasServer) gate.setAttribute('status-url', statusUrl);
  else gate.removeAttribute('status-url');
  if (hasServer && serverSession) gate.setAttribute('session-url', sessionUrl);
  else gate.removeAttribute('session-url');
}

/**
 * Fills the picker and applies each change with a fresh server and `gate.reset()`,
 * so the gate asks the server again. Returns that restart, for the Reset button.
 */
export function wireBackendPicker(
  gate: IdVerificationGate,
  select: HTMLSelectElement,
  serverSessionBox: HTMLInputElement,
  initial: BackendSettings,
): () => void {
  const choices: BackendChoice[] = [...scenarioNames, 'none'];
  select.replaceChildren(...choices.map((choice) => new Option(label(choice), choice)));
  select.value = initial.choice;
  serverSessionBox.checked = initial.serverSession;

  const current = (): BackendSettings => ({ choice: select.value as BackendChoice, serverSession: serverSessionBox.checked });
  const restart = (): void => {
    const settings = current();
    serverSessionBox.disabled = settings.choice === 'none';
    saveInUrl(settings);
    applyBackend(gate, settings);
    gate.reset();
  };
  serverSessionBox.disabled = initial.choice === 'none';
  select.addEventListener('change', restart);
  serverSessionBox.addEventListener('change', restart);
  return restart;
}
