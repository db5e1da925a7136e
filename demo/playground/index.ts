// The playground: one live gate against the local Persona sandbox and the
// mocked server, a scenario picker with Play, editable attributes and a log of
// every idv-* event.
import type { IdVerificationGate } from '../../src/index.js';
import { copyText } from '../shared/copy-button.js';
import { byId } from '../shared/dom.js';
import { readNumber } from '../shared/query.js';
import { wireAttributeEditor } from './attribute-editor.js';
import { startMockBackend } from './backend.js';
import { logGateEvents } from './event-log.js';
import { wirePlayButton } from './play-button.js';
import { realServerAvailable } from './real-server.js';
import { sandboxHost, sandboxUnreachableReason } from './sandbox-host.js';
import { applyScenario, playgroundSettingsFromUrl, wireScenarioPicker, type PlaygroundSettings } from './scenario-picker.js';
import { scenarioById } from './scenarios.js';

/** Pause on each screen while playing (ms); `?pace=` shortens it (tests). */
const pace = readNumber('pace', 1200);

export async function startPlayground(): Promise<void> {
  const personaHost = sandboxHost();
  byId('sandbox-host').textContent = personaHost;
  const unreachable = sandboxUnreachableReason(personaHost);
  if (unreachable) byId('sandbox-warning').textContent = unreachable;

  // The gate asks status-url as soon as it is connected, so msw must answer first.
  const mockServer = await startMockServer();
  const realServer = await realServerAvailable();
  const gate = createGate();
  wireLog(gate);
  showState(gate);
  wireAttributeEditor(gate, byId<HTMLFormElement>('attributes'), byId('gate-markup'));
  byId('copy-gate-markup').addEventListener('click', () => void copyText(byId('gate-markup'), byId('gate-markup-status')));

  const playButton = wirePlayButton(byId('play'), byId('play-status'), {
    gate,
    pace,
    restart: () => {
      const settings = current();
      apply(settings);
      // A fresh log, so it shows this run's events only.
      byId('event-log').replaceChildren();
      return settings.scenario;
    },
  });
  function apply(settings: PlaygroundSettings): void {
    playButton.stop();
    byId('how-to').textContent = settings.scenario.howTo;
    // Without msw every scenario runs client-side only.
    const scenario = mockServer ? settings.scenario : { ...settings.scenario, backend: 'none' as const };
    applyScenario(gate, { ...settings, scenario }, personaHost);
  }
  let initial = playgroundSettingsFromUrl();
  const unavailable =
    initial.scenario.backend === 'real' ? !realServer : !mockServer && !initial.scenario.worksWithoutServer;
  if (unavailable) initial = { ...initial, scenario: scenarioById(mockServer ? 'approve' : 'none')! };
  const current = wireScenarioPicker(byId('scenario'), byId('server-session'), initial, {
    mockServer,
    realServer,
    onChange: apply,
  });
  byId('reset').addEventListener('click', () => apply(current()));

  apply(initial);
  // Configured and listened to before it is connected: the log also shows its first state change.
  byId('stage').replaceChildren(gate);
}

/** Starts msw; without it (no service workers, e.g. plain http) the gate runs client-side only. */
async function startMockServer(): Promise<boolean> {
  try {
    await startMockBackend();
    return true;
  } catch (error) {
    console.error('The mocked server (msw) did not start:', error);
    byId('backend-note').textContent =
      'The mocked server could not start in this browser (service workers need https or localhost): only the scenarios without a server are offered.';
    return false;
  }
}

/** The gate from its `<template>`, upgraded but not yet on the page. */
function createGate(): IdVerificationGate {
  const template = byId<HTMLTemplateElement>('gate-template');
  const gate = template.content.querySelector('id-verification-gate');
  if (!gate) throw new Error('#gate-template has no <id-verification-gate>');
  return document.importNode(gate, true);
}

function wireLog(gate: IdVerificationGate): void {
  const list = byId<HTMLOListElement>('event-log');
  logGateEvents(gate, list);
  byId('clear-log').addEventListener('click', () => list.replaceChildren());
}

/** The gate's current state beside the controls. */
function showState(gate: IdVerificationGate): void {
  const output = byId<HTMLOutputElement>('state');
  const render = (): void => {
    output.value = gate.state;
  };
  gate.addEventListener('idv-state-change', render);
  render();
}
