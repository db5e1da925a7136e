import { expect } from '@open-wc/testing';
import { GateStates, type GateState } from '../src/eager/machine/states.js';
import { transition, type GateEvent, type TransitionContext } from '../src/eager/machine/transition.js';
import './support/test-page.js';

const client: TransitionContext = { serverConfirms: false, attemptsRemaining: 1, errorRecoverable: true };
const server: TransitionContext = { ...client, serverConfirms: true };
const lastAttempt: TransitionContext = { ...client, attemptsRemaining: 0 };
const fatal: TransitionContext = { ...client, errorRecoverable: false };

const status = (s: 'unverified' | 'pending' | 'approved' | 'declined' | 'blocked'): GateEvent => ({
  type: 'status',
  status: s,
});

/** Every allowed move: [from, event, context, to]. Anything not listed must be refused. */
const allowed: Array<[GateState, GateEvent, TransitionContext, GateState]> = [
  ['checking', { type: 'ready-to-start' }, client, 'locked'],
  ...(['checking', 'reviewing'] as const).flatMap((from): Array<[GateState, GateEvent, TransitionContext, GateState]> => [
    [from, status('approved'), server, 'verified'],
    [from, status('unverified'), server, 'locked'],
    [from, status('pending'), server, 'reviewing'],
    [from, status('declined'), server, 'retry'],
    [from, status('declined'), { ...server, attemptsRemaining: 0 }, 'exhausted'],
    [from, status('blocked'), server, 'blocked'],
  ]),
  ['locked', { type: 'start' }, client, 'loading'],
  ['retry', { type: 'start' }, client, 'loading'],
  ['cancelled', { type: 'start' }, client, 'loading'],
  ['error', { type: 'start' }, client, 'loading'],
  ['error', { type: 'recheck', reviewing: false }, client, 'checking'],
  ['error', { type: 'recheck', reviewing: true }, client, 'reviewing'],
  ['loading', { type: 'flow-ready' }, client, 'in-progress'],
  ['loading', { type: 'flow-complete' }, client, 'verified'],
  ['in-progress', { type: 'flow-complete' }, client, 'verified'],
  ['in-progress', { type: 'flow-complete' }, server, 'reviewing'],
  ['in-progress', { type: 'flow-fail' }, client, 'retry'],
  ['loading', { type: 'flow-fail' }, client, 'retry'],
  ['in-progress', { type: 'flow-fail' }, lastAttempt, 'exhausted'],
  ['in-progress', { type: 'flow-fail' }, server, 'reviewing'],
  ['loading', { type: 'flow-exit' }, client, 'cancelled'],
  ['in-progress', { type: 'flow-exit' }, client, 'cancelled'],
  ...GateStates.filter((s) => s !== 'verified').map(
    (from): [GateState, GateEvent, TransitionContext, GateState] => [from, { type: 'shared-verified' }, client, 'verified'],
  ),
  ...GateStates.filter((s) => s !== 'verified').map(
    (from): [GateState, GateEvent, TransitionContext, GateState] => [from, { type: 'failure' }, client, 'error'],
  ),
  ...GateStates.filter((s) => s !== 'checking').map(
    (from): [GateState, GateEvent, TransitionContext, GateState] => [from, { type: 'reset' }, client, 'checking'],
  ),
];

const everyEvent: GateEvent[] = [
  { type: 'ready-to-start' },
  status('unverified'),
  status('pending'),
  status('approved'),
  status('declined'),
  status('blocked'),
  { type: 'start' },
  { type: 'flow-ready' },
  { type: 'flow-complete' },
  { type: 'flow-fail' },
  { type: 'flow-exit' },
  { type: 'shared-verified' },
  { type: 'failure' },
  { type: 'recheck', reviewing: false },
  { type: 'recheck', reviewing: true },
  { type: 'reset' },
];

const label = (e: GateEvent) =>
  e.type === 'status' ? `status:${e.status}` : e.type === 'recheck' ? `recheck:${e.reviewing}` : e.type;
const key = (from: GateState, e: GateEvent) => `${from} + ${label(e)}`;

describe('transition()', () => {
  for (const [from, event, context, to] of allowed) {
    it(`${key(from, event)} → ${to}`, () => {
      expect(transition(from, event, context)).to.equal(to);
    });
  }

  it('refuses every move the table does not allow', () => {
    const allowedKeys = new Set(allowed.map(([from, event]) => key(from, event)));
    const accepted = GateStates.flatMap((from) =>
      everyEvent
        .filter((event) => !allowedKeys.has(key(from, event)))
        .filter((event) => transition(from, event, server) !== undefined)
        .map((event) => key(from, event)),
    );
    expect(accepted).to.deep.equal([]);
  });

  it('never restarts from an error that retrying cannot fix', () => {
    expect(transition('error', { type: 'start' }, fatal)).to.equal(undefined);
    expect(transition('error', { type: 'recheck', reviewing: false }, fatal)).to.equal(undefined);
  });

  it('never ends a flow that is not open', () => {
    for (const from of ['locked', 'retry', 'cancelled', 'verified'] as const) {
      expect(transition(from, { type: 'flow-complete' }, client), from).to.equal(undefined);
      expect(transition(from, { type: 'flow-fail' }, client), from).to.equal(undefined);
      expect(transition(from, { type: 'flow-exit' }, client), from).to.equal(undefined);
    }
  });
});
