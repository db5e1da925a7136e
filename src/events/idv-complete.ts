import { IdvEvent } from './idv-event.js';

export type IdvCompleteDetail = { readonly inquiryId: string; readonly status: string };

/** `idv-complete`: Persona reported the end of the flow. Client-side and untrusted: do not unlock on it. */
export class IdvCompleteEvent extends IdvEvent<IdvCompleteDetail> {
  static readonly eventName = 'idv-complete';

  constructor(detail: IdvCompleteDetail) {
    super(IdvCompleteEvent.eventName, detail);
  }
}
