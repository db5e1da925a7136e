import { defineEvent } from './idv-event.js';

export type IdvStartDetail = { readonly attempt: number; readonly inquiryId?: string };

/** `idv-start`: A Persona flow is being opened (Start, Retry, Resume or Start over). */
export const IdvStartEvent = /* @__PURE__ */ defineEvent<IdvStartDetail>('idv-start');
export type IdvStartEvent = InstanceType<typeof IdvStartEvent>;
