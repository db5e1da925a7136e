import { defineEvent } from './idv-event.js';

export type IdvCancelDetail = { readonly inquiryId?: string };

/** `idv-cancel`: The person left the flow before finishing. */
export const IdvCancelEvent = /* @__PURE__ */ defineEvent<IdvCancelDetail>('idv-cancel');
export type IdvCancelEvent = InstanceType<typeof IdvCancelEvent>;
