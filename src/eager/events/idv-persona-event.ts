import { defineEvent } from './idv-event.js';

export type IdvPersonaEventDetail = { readonly name: string; readonly metadata: Readonly<Record<string, unknown>> };

/** `idv-persona-event`: Persona's own event stream, for analytics, with identity data removed. */
export const IdvPersonaEventEvent = /* @__PURE__ */ defineEvent<IdvPersonaEventDetail>('idv-persona-event');
export type IdvPersonaEventEvent = InstanceType<typeof IdvPersonaEventEvent>;
