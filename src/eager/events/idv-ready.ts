import { defineEvent } from './idv-event.js';

export type IdvReadyDetail = Record<string, never>;

/** `idv-ready`: The flow is loaded and can open. */
export const IdvReadyEvent = /* @__PURE__ */ defineEvent<IdvReadyDetail>('idv-ready');
export type IdvReadyEvent = InstanceType<typeof IdvReadyEvent>;
