import { IdvEvent } from './idv-event.js';

export type IdvReadyDetail = Record<string, never>;

/** `idv-ready`: The flow is loaded and can open. */
export class IdvReadyEvent extends IdvEvent<IdvReadyDetail> {
  static readonly eventName = 'idv-ready';

  constructor(detail: IdvReadyDetail) {
    super(IdvReadyEvent.eventName, detail);
  }
}
