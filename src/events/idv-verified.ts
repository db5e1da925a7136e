import { IdvEvent } from './idv-event.js';

export type IdvVerifiedDetail = { readonly inquiryId?: string; readonly confirmedBy: 'server' | 'client' | 'shared' };

/** `idv-verified`: The person is verified: unlock the feature. */
export class IdvVerifiedEvent extends IdvEvent<IdvVerifiedDetail> {
  static readonly eventName = 'idv-verified';

  constructor(detail: IdvVerifiedDetail) {
    super(IdvVerifiedEvent.eventName, detail);
  }
}
