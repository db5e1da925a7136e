import { IdvEvent } from './idv-event.js';

export type IdvCancelDetail = { readonly inquiryId?: string };

/** `idv-cancel`: The person left the flow before finishing. */
export class IdvCancelEvent extends IdvEvent<IdvCancelDetail> {
  static readonly eventName = 'idv-cancel';

  constructor(detail: IdvCancelDetail) {
    super(IdvCancelEvent.eventName, detail);
  }
}
