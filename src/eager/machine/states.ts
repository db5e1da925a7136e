/**
 * Every state the gate can be in. One value drives what is rendered;
 * the allowed moves between them live in `transition.ts`.
 */
export const GateStates = [
  'checking',
  'locked',
  'loading',
  'in-progress',
  'reviewing',
  'verified',
  'retry',
  'exhausted',
  'cancelled',
  'blocked',
  'error',
] as const;

export type GateState = (typeof GateStates)[number];

export function isGateState(value: unknown): value is GateState {
  return GateStates.includes(value as GateState);
}
