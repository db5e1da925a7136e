import { IdvEvent } from './idv-event.js';

export type IdvExhaustedDetail = { readonly attempts: number };

/** `idv-exhausted`: No attempts are left; the person is pointed to support. */
export class IdvExhaustedEvent extends IdvEvent<IdvExhaustedDetail> {
  static readonly eventName = 'idv-exhausted';

  constructor(detail: IdvExhaustedDetail) {
    super(IdvExhaustedEvent.eventName, detail);
  }
}
