// The scenario picker: which mocked server the gate talks to and what it is
// told, kept in the URL (`?scenario=…&session-url=1`) so a reload keeps it.
import type { IdVerificationGate } from '../../src/index.js';
import { readChoice, writeParams } from '../shared/query.js';
import { serveScenario, sessionUrl, statusUrl } from './backend.js';
import { realSessionUrl, realStatusUrl, signInNewPerson } from './real-server.js';
import { defaultScenario, scenarioById, scenarios, type Scenario } from './scenarios.js';

export interface PlaygroundSettings {
  readonly scenario: Scenario;
  /** The server creates the inquiry (`session-url`). */
  readonly serverSession: boolean;
}

export function playgroundSettingsFromUrl(): PlaygroundSettings {
  const scenario = scenarioById(new URLSearchParams(location.search).get('scenario')) ?? defaultScenario;
  return { scenario, serverSession: readChoice('session-url', ['1'], '0') === '1' };
}

/**
 * Serves the scenario's server (or none), sets the attributes it needs over the
 * defaults (the sandbox as `persona-host`), and resets the gate, which asks again.
 */
export function applyScenario(gate: IdVerificationGate, settings: PlaygroundSettings, personaHost: string): void {
  const { scenario, serverSession } = settings;
  serveScenario(scenario.backend);
  const mocked = scenario.backend !== 'none' && scenario.backend !== 'real';
  const real = scenario.backend === 'real';
  if (real) signInNewPerson(gate, scenario.decisions);
  else gate.requestInit = undefined;
  const attributes: Record<string, string | undefined> = {
    'persona-host': personaHost,
    'flow-timeout': undefined,
    // The real server always creates the inquiry: it knows whose it is.
    'status-url': real ? realStatusUrl : mocked ? statusUrl : undefined,
    'session-url': real ? realSessionUrl : mocked && serverSession ? sessionUrl : undefined,
    'template-id': real ? undefined : 'itmpl_demo',
    ...scenario.attributes,
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) gate.removeAttribute(name);
    else gate.setAttribute(name, value);
  }
  // A gate not yet on the page starts from this configuration when it connects.
  if (gate.isConnected) gate.reset();
}

/**
 * Fills the picker (grouped) and calls `onChange` with each new choice, saved
 * in the URL. Without the mocked server only client-side scenarios are offered.
 */
export function wireScenarioPicker(
  select: HTMLSelectElement,
  serverSessionBox: HTMLInputElement,
  initial: PlaygroundSettings,
  {
    mockServer,
    realServer,
    onChange,
  }: { mockServer: boolean; realServer: boolean; onChange: (settings: PlaygroundSettings) => void },
): () => PlaygroundSettings {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const scenario of scenarios) {
    let group = groups.get(scenario.group);
    if (!group) {
      group = document.createElement('optgroup');
      group.label = scenario.group;
      groups.set(scenario.group, group);
    }
    const option = new Option(scenario.label, scenario.id);
    option.disabled = scenario.backend === 'real' ? !realServer : !mockServer && !scenario.worksWithoutServer;
    group.append(option);
  }
  select.replaceChildren(...groups.values());
  select.value = initial.scenario.id;
  serverSessionBox.checked = initial.serverSession;

  const current = (): PlaygroundSettings => ({
    scenario: scenarioById(select.value) ?? defaultScenario,
    serverSession: serverSessionBox.checked,
  });
  const update = (): void => {
    const settings = current();
    serverSessionBox.disabled = !mockServer || settings.scenario.backend === 'none' || settings.scenario.backend === 'real';
    writeParams({ scenario: settings.scenario.id, 'session-url': settings.serverSession ? '1' : undefined });
  };
  update();
  for (const control of [select, serverSessionBox]) {
    control.addEventListener('change', () => {
      update();
      onChange(current());
    });
  }
  return current;
}
