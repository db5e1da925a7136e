import type { GateState } from '../../eager/machine/states.js';
import type { Prewarm } from '../../eager/controller/gate-host.js';

/** What the screens read of a live gate: declared here, so the lazy screens never import the element. */
export interface ScreensGate extends Element {
  readonly state: GateState;
  readonly supportUrl: string | undefined;
  readonly previewState: GateState | undefined;
  readonly prewarm: Prewarm;
}
