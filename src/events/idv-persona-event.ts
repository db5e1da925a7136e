import { IdvEvent } from './idv-event.js';

export type IdvPersonaEventDetail = { readonly name: string; readonly metadata: Readonly<Record<string, unknown>> };

/** `idv-persona-event`: Persona's own event stream, for analytics, with identity data removed. */
export class IdvPersonaEventEvent extends IdvEvent<IdvPersonaEventDetail> {
  static readonly eventName = 'idv-persona-event';

  constructor(detail: IdvPersonaEventDetail) {
    super(IdvPersonaEventEvent.eventName, detail);
  }
}
