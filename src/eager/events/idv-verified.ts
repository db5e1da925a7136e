import { defineEvent } from './idv-event.js';

export type IdvVerifiedDetail = { readonly inquiryId?: string; readonly confirmedBy: 'server' | 'client' | 'shared' };

/** `idv-verified`: The person is verified: unlock the feature. */
export const IdvVerifiedEvent = /* @__PURE__ */ defineEvent<IdvVerifiedDetail>('idv-verified');
export type IdvVerifiedEvent = InstanceType<typeof IdvVerifiedEvent>;
