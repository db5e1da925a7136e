// The playground's scenarios: how the mocked server answers, what the gate is
// told, what a person does in the sandbox, and where it ends. Play runs the
// steps; the words say the same for people who click through themselves.
import { BlockReasons, DeclineReasons, type GateState } from '../../src/index.js';
import type { BackendChoice } from './backend.js';
import type { PersonaDecision } from './real-server.js';

/** What the person does in Persona's flow (the sandbox's buttons). */
export type FlowOutcome = 'complete' | 'fail' | 'exit' | 'error' | 'load-camera-failed';

/** The gate's main button on the screen that offers it. */
export type GateButton = 'start' | 'retry' | 'resume';

export type Step = { readonly press: GateButton } | { readonly flow: FlowOutcome };

export type ScenarioGroup =
  | 'The real server'
  | 'The server decides'
  | 'In the flow'
  | 'When things break'
  | 'Without a server';

export interface Scenario {
  readonly id: string;
  readonly label: string;
  readonly group: ScenarioGroup;
  readonly backend: BackendChoice;
  /** Attributes this scenario sets over the playground's defaults. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** What to do, for a person clicking through. */
  readonly howTo: string;
  readonly steps: readonly Step[];
  /** The state the scenario ends in. */
  readonly ends: GateState;
  /** Still meaningful without the mocked server (msw could not start): then it runs client-side only. */
  readonly worksWithoutServer?: true;
  /** With the real server: what Persona's stand-in decides for each submission, in order (default: approve). */
  readonly decisions?: readonly PersonaDecision[];
}

/**
 * A host where nothing can answer: browsers refuse to connect to port 1, so
 * the flow never loads, whatever runs on this machine.
 */
export const unreachablePersonaHost = 'localhost:1';

const start: Step = { press: 'start' };
const retry: Step = { press: 'retry' };
const flow = (outcome: FlowOutcome): Step => ({ flow: outcome });
const words = (reason: string) => reason.replaceAll('_', ' ');

export const scenarios: readonly Scenario[] = [
  {
    id: 'real-approve',
    label: 'Real server: approve',
    group: 'The real server',
    backend: 'real',
    howTo:
      "The package's own server handlers answer, against Persona's API stand-in: Start (the server creates the inquiry), then Approve in the sandbox. Persona's signed webhook reaches the server, which approves.",
    steps: [start, flow('complete')],
    ends: 'verified',
  },
  {
    id: 'real-decline-glare-then-approve',
    label: 'Real server: decline (glare), then approve',
    group: 'The real server',
    backend: 'real',
    decisions: [{ status: 'declined', reason: 'glare' }],
    howTo:
      "The package's server handlers against Persona's API stand-in, which declines the first inquiry for glare (its failed check says so). Start, Decline, Try again (a new inquiry), Approve.",
    steps: [start, flow('fail'), retry, flow('complete')],
    ends: 'verified',
  },
  {
    id: 'approve',
    label: 'Approve at once',
    group: 'The server decides',
    backend: 'approve',
    howTo: 'Start verification, then Approve in the sandbox. The server approves at once.',
    steps: [start, flow('complete')],
    ends: 'verified',
  },
  {
    id: 'approve-after-review',
    label: 'Approve after review',
    group: 'The server decides',
    backend: 'approve-after-review',
    howTo: 'Start, then Approve in the sandbox. The server answers "pending" twice, then approves.',
    steps: [start, flow('complete')],
    ends: 'verified',
  },
  ...DeclineReasons.map(
    (reason): Scenario => ({
      id: `decline-${reason}-then-approve`,
      label: `Decline (${words(reason)}), then approve`,
      group: 'The server decides',
      backend: `decline-${reason}-then-approve`,
      howTo: `Start, then Decline in the sandbox: the server declines for "${words(reason)}". Try again, then Approve: the server approves the second inquiry.`,
      steps: [start, flow('fail'), retry, flow('complete')],
      ends: 'verified',
    }),
  ),
  {
    id: 'exhausted',
    label: 'Exhausted (every attempt declined)',
    group: 'The server decides',
    backend: 'exhausted',
    howTo: 'Start, Decline, Try again: three times. The server declines every inquiry until no attempts are left.',
    steps: [start, flow('fail'), retry, flow('fail'), retry, flow('fail')],
    ends: 'exhausted',
  },
  ...BlockReasons.map(
    (reason): Scenario => ({
      id: `blocked-${reason}`,
      label: `Blocked (${words(reason)})`,
      group: 'The server decides',
      backend: `blocked-${reason}`,
      howTo: `Nothing to do: the server says at once that this account cannot be verified here ("${words(reason)}").`,
      steps: [],
      ends: 'blocked',
    }),
  ),
  {
    id: 'already-verified',
    label: 'Already verified',
    group: 'The server decides',
    backend: 'already-verified',
    howTo: 'Nothing to do: the server already approved this person, so the gate unlocks without loading Persona.',
    steps: [],
    ends: 'verified',
  },
  {
    id: 'cancel-and-resume',
    worksWithoutServer: true,
    label: 'Cancel and resume',
    group: 'In the flow',
    backend: 'approve',
    howTo: 'Start, then "Leave the flow" in the sandbox. Resume reopens the same inquiry; then Approve.',
    steps: [start, flow('exit'), { press: 'resume' }, flow('complete')],
    ends: 'verified',
  },
  {
    id: 'camera-failure',
    worksWithoutServer: true,
    label: 'Camera failure',
    group: 'In the flow',
    backend: 'approve',
    howTo: 'Start, then "Camera fails" in the sandbox: the gate says how to allow the camera, and Try again resumes.',
    steps: [start, flow('load-camera-failed')],
    ends: 'error',
  },
  {
    id: 'persona-error',
    worksWithoutServer: true,
    label: "Persona's own error",
    group: 'In the flow',
    backend: 'approve',
    howTo: 'Start, then "Send error" in the sandbox: the gate explains in plain words and offers Try again.',
    steps: [start, flow('error')],
    ends: 'error',
  },
  {
    id: 'flow-never-loads',
    worksWithoutServer: true,
    label: 'Flow never loads',
    group: 'When things break',
    backend: 'approve',
    attributes: { 'persona-host': unreachablePersonaHost, 'flow-timeout': '4000' },
    howTo: `persona-host is ${unreachablePersonaHost}, where nothing can answer, and flow-timeout is 4 s: Start, and after 4 s the gate says the flow did not load (flow_timeout).`,
    steps: [start],
    ends: 'error',
  },
  {
    id: 'server-down',
    label: 'Server down',
    group: 'When things break',
    backend: 'server-down',
    howTo: 'Every request to the server fails: the gate says so (network) and offers Try again.',
    steps: [],
    ends: 'error',
  },
  {
    id: 'malformed-reply',
    label: 'Malformed server reply',
    group: 'When things break',
    backend: 'malformed-reply',
    howTo: 'The server answers 200 with an HTML page instead of JSON: the gate reports bad_response.',
    steps: [],
    ends: 'error',
  },
  {
    id: 'flaky-server',
    label: 'Flaky server (first request fails)',
    group: 'When things break',
    backend: 'flaky-server',
    howTo: 'The first status request fails with 503. Try again asks once more, and the gate is ready to start.',
    steps: [retry],
    ends: 'locked',
  },
  {
    id: 'pending-forever',
    label: 'Review never ends',
    group: 'When things break',
    backend: 'pending-forever',
    howTo: 'Start, then Approve. The server answers "pending" until review-timeout (20 s here): the gate offers Check again.',
    steps: [start, flow('complete')],
    ends: 'error',
  },
  {
    id: 'none',
    worksWithoutServer: true,
    label: 'No server (client-side only)',
    group: 'Without a server',
    backend: 'none',
    howTo: "No status-url: Persona's client-side complete unlocks (confirmedBy: client). A UX gate, not a security boundary.",
    steps: [start, flow('complete')],
    ends: 'verified',
  },
];

export const defaultScenario = scenarios[0]!;

export function scenarioById(id: string | null): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
