import { reloadable } from '../internal/reloadable.js';

/** The flow's code (Persona flow, signals, review polling), downloaded when a person first needs it. */
export const loadFlowSession = reloadable(import.meta.resolve, () => import('../flow/flow-session.js'));
