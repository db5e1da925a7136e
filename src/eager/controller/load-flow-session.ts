import { reloadable } from '../reloadable.js';

/** The flow's code (Persona flow, signals, review polling), downloaded when a person first needs it. */
export const loadFlowSession = reloadable(import.meta.resolve, () => import('../../lazy/flow/flow-session.js'));

/** The flow session, typed through its `import()` alone: eager code keeps no static arrow into the lazy flow. */
export type FlowSession = InstanceType<Awaited<ReturnType<typeof loadFlowSession>>['FlowSession']>;
