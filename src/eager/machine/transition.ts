import type { ServerStatus } from '../../protocol/status.js';
import type { GateState } from './states.js';

/** What can happen to a gate. Names say what happened, not what to do. */
export type GateEvent =
  /** Configuration is valid and nobody (no server) needs asking first. */
  | { type: 'ready-to-start' }
  /** The server answered a status check. */
  | { type: 'status'; status: ServerStatus }
  /** The person (or the host) asked for a flow: Start, Retry, Resume, Start over. */
  | { type: 'start' }
  /** Persona's flow loaded and can be shown. */
  | { type: 'flow-ready' }
  /** Persona reported the flow finished (`complete`). */
  | { type: 'flow-complete' }
  /** Persona reported the inquiry failed (`fail`). */
  | { type: 'flow-fail' }
  /** The person left the flow before finishing. */
  | { type: 'flow-exit' }
  /** Another gate of the same scope was verified. */
  | { type: 'shared-verified' }
  /** Anything technical went wrong (SDK, flow, network, configuration). */
  | { type: 'failure' }
  /** After a backend error: ask the server again (on connect, or while reviewing). */
  | { type: 'recheck'; reviewing: boolean }
  /** The host called `reset()` or changed the configuration. */
  | { type: 'reset' };

/** Facts outside the state that decide between two possible next states. */
export interface TransitionContext {
  /** A `status-url` is configured, so only the server can unlock. */
  readonly serverConfirms: boolean;
  /** Attempts left after the failure that is being handled. */
  readonly attemptsRemaining: number;
  /** The error on screen can be fixed by trying again (not a misconfiguration). */
  readonly errorRecoverable: boolean;
}

/** States from which a new flow may begin (`error` only when recoverable). */
const startable: ReadonlySet<GateState> = new Set(['locked', 'retry', 'cancelled']);
/** States in which a Persona flow is on screen or on its way. */
const inFlow: ReadonlySet<GateState> = new Set(['loading', 'in-progress']);

/**
 * The gate's whole behaviour in one pure function.
 * Returns the next state, or `undefined` when the event is refused in this state
 * (a second Start while loading, a late Persona message after cancel, …).
 */
export function transition(
  state: GateState,
  event: GateEvent,
  context: TransitionContext,
): GateState | undefined {
  switch (event.type) {
    case 'ready-to-start':
      // Only the first decision after connect or reset.
      return state === 'checking' ? 'locked' : undefined;
    case 'status':
      // On connect (checking) and after the flow (reviewing) the server decides.
      return state === 'checking' || state === 'reviewing'
        ? fromServerStatus(event.status, context)
        : undefined;
    case 'start':
      if (state === 'error') return context.errorRecoverable ? 'loading' : undefined;
      return startable.has(state) ? 'loading' : undefined;
    case 'flow-ready':
      return state === 'loading' ? 'in-progress' : undefined;
    case 'flow-complete':
      // A client-side `complete` is only a claim when a server is the judge.
      if (!inFlow.has(state)) return undefined;
      return context.serverConfirms ? 'reviewing' : 'verified';
    case 'flow-fail':
      if (!inFlow.has(state)) return undefined;
      if (context.serverConfirms) return 'reviewing';
      return context.attemptsRemaining > 0 ? 'retry' : 'exhausted';
    case 'flow-exit':
      return inFlow.has(state) ? 'cancelled' : undefined;
    case 'shared-verified':
      return state === 'verified' ? undefined : 'verified';
    case 'failure':
      // A verified person stays verified, whatever breaks afterwards.
      return state === 'verified' ? undefined : 'error';
    case 'recheck':
      if (state !== 'error' || !context.errorRecoverable) return undefined;
      return event.reviewing ? 'reviewing' : 'checking';
    case 'reset':
      return state === 'checking' ? undefined : 'checking';
  }
}

function fromServerStatus(status: ServerStatus, context: TransitionContext): GateState {
  switch (status) {
    case 'approved':
      return 'verified';
    case 'unverified':
      return 'locked';
    case 'pending':
      return 'reviewing';
    case 'declined':
      return context.attemptsRemaining > 0 ? 'retry' : 'exhausted';
    case 'blocked':
      return 'blocked';
  }
}
