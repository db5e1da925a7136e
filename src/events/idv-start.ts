import { IdvEvent } from './idv-event.js';

export type IdvStartDetail = { readonly attempt: number; readonly inquiryId?: string };

/** `idv-start`: A Persona flow is being opened (Start, Retry, Resume or Start over). */
export class IdvStartEvent extends IdvEvent<IdvStartDetail> {
  static readonly eventName = 'idv-start';

  constructor(detail: IdvStartDetail) {
    super(IdvStartEvent.eventName, detail);
  }
}
