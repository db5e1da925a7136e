import { defineEvent } from './idv-event.js';

export type IdvExhaustedDetail = { readonly attempts: number };

/** `idv-exhausted`: No attempts are left; the person is pointed to support. */
export const IdvExhaustedEvent = /* @__PURE__ */ defineEvent<IdvExhaustedDetail>('idv-exhausted');
export type IdvExhaustedEvent = InstanceType<typeof IdvExhaustedEvent>;
