// The samples a card can show for states that depend on a reason or an error:
// every decline reason, block reason, error code and camera problem.
import { BlockReasons, DeclineReasons, GateErrorCodes, PersonaErrorCodes, type GateState } from '../../src/index.js';

const cameraProblems = ['insecure_context', 'no_camera', 'camera_blocked'] as const;

/**
 * The `preview-detail` values each state can show; the first is the gate's own default sample.
 * `exhausted` has none: its screen is the same whatever the last reason was.
 */
export const sampleDetails: Partial<Record<GateState, readonly string[]>> = {
  retry: DeclineReasons,
  blocked: BlockReasons,
  error: [
    'flow_timeout',
    ...[...GateErrorCodes, ...PersonaErrorCodes].filter((code) => code !== 'flow_timeout'),
    ...cameraProblems,
  ],
};

/** The sample each card shows now; a card starts at its state's default. */
const chosen = new Map<GateState, string>();

export function chosenDetail(state: GateState): string | undefined {
  return chosen.get(state);
}

export function chooseDetail(state: GateState, detail: string): void {
  chosen.set(state, detail);
}
