// Play: runs a scenario's steps on the live gate, pausing on each screen so a
// person can read it, and says where it ended.
import type { GateState, IdVerificationGate } from '../../src/index.js';
import { sendOutcome } from './sandbox-remote.js';
import type { GateButton, Scenario, Step } from './scenarios.js';

/** The screens that offer each button as their main (primary) action. */
const screensWith: Readonly<Record<GateButton, readonly GateState[]>> = {
  start: ['locked'],
  retry: ['retry', 'error'],
  resume: ['cancelled'],
};

/** States a gate stays in until someone acts; the others move on by themselves. */
const restingStates: readonly GateState[] = ['locked', 'verified', 'retry', 'exhausted', 'cancelled', 'blocked', 'error'];

/** Loading the SDK and the sandbox page, or one review poll, fits well inside this. */
const stepTimeoutMs = 15_000;
/** The slowest ending: "Review never ends" waits for the 20 s review-timeout. */
const endTimeoutMs = 40_000;

export interface PlayOptions {
  /** Pause on each screen before acting (ms). */
  readonly pace: number;
  readonly signal: AbortSignal;
  /** What is happening, in words, for the page's status line. */
  readonly report: (message: string) => void;
}

/**
 * Runs the steps on a gate that was just reset. Resolves with the state it
 * ended in; rejects when the gate does not reach a step's screen in time.
 */
export async function play(gate: IdVerificationGate, scenario: Scenario, options: PlayOptions): Promise<GateState> {
  const { pace, signal, report } = options;
  signal.throwIfAborted();
  for (const [index, step] of scenario.steps.entries()) {
    const screens = 'press' in step ? screensWith[step.press] : (['in-progress'] as const);
    await untilState(gate, screens, stepTimeoutMs, signal);
    await pause(pace, signal);
    report(`Step ${index + 1} of ${scenario.steps.length}: ${describe(step)}`);
    if ('press' in step) pressMainButton(gate);
    else sendOutcome(gate, step.flow);
  }
  report('Waiting for the gate to settle…');
  await untilState(gate, restingStates, endTimeoutMs, signal);
  return gate.state;
}

function describe(step: Step): string {
  if ('press' in step) return `press ${step.press[0]!.toUpperCase()}${step.press.slice(1)} in the gate`;
  const words: Record<typeof step.flow, string> = {
    complete: 'Approve in the sandbox',
    fail: 'Decline in the sandbox',
    exit: 'Leave the flow in the sandbox',
    error: 'Send error in the sandbox',
    'load-camera-failed': 'Camera fails in the sandbox',
  };
  return words[step.flow];
}

/** Clicks the screen's primary button, as a person would (locale-independent). */
function pressMainButton(gate: IdVerificationGate): void {
  const button = gate.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="button-primary"]');
  if (!button) throw new Error(`The ${gate.state} screen has no main button.`);
  button.click();
}

function untilState(
  gate: IdVerificationGate,
  states: readonly GateState[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<void> {
  if (states.includes(gate.state)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: unknown) => {
      clearTimeout(timer);
      gate.removeEventListener('idv-state-change', check);
      signal.removeEventListener('abort', abort);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (states.includes(gate.state)) done();
    };
    const abort = () => done(signal.reason);
    const timer = setTimeout(
      () => done(new Error(`Expected the gate to reach ${states.join(' or ')}, but it stayed in ${gate.state}.`)),
      timeoutMs,
    );
    gate.addEventListener('idv-state-change', check);
    signal.addEventListener('abort', abort, { once: true });
  });
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
