import { defineEvent } from './idv-event.js';

export type IdvCompleteDetail = { readonly inquiryId: string; readonly status: string };

/** `idv-complete`: Persona reported the end of the flow. Client-side and untrusted: do not unlock on it. */
export const IdvCompleteEvent = /* @__PURE__ */ defineEvent<IdvCompleteDetail>('idv-complete');
export type IdvCompleteEvent = InstanceType<typeof IdvCompleteEvent>;
