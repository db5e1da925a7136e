import type { GateState } from '../machine/states.js';
import { defineEvent } from './idv-event.js';

export type IdvStateChangeDetail = { readonly state: GateState; readonly previousState: GateState };

/** `idv-state-change`: The gate moved to another state. */
export const IdvStateChangeEvent = /* @__PURE__ */ defineEvent<IdvStateChangeDetail>('idv-state-change');
export type IdvStateChangeEvent = InstanceType<typeof IdvStateChangeEvent>;
