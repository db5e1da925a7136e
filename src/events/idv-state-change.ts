import type { GateState } from '../machine/states.js';
import { IdvEvent } from './idv-event.js';

export type IdvStateChangeDetail = { readonly state: GateState; readonly previousState: GateState };

/** `idv-state-change`: The gate moved to another state. */
export class IdvStateChangeEvent extends IdvEvent<IdvStateChangeDetail> {
  static readonly eventName = 'idv-state-change';

  constructor(detail: IdvStateChangeDetail) {
    super(IdvStateChangeEvent.eventName, detail);
  }
}
