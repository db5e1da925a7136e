import type { ErrorCode } from '../machine/errors.js';
import { IdvEvent } from './idv-event.js';

export type IdvErrorDetail = { readonly code: ErrorCode; readonly message: string; readonly recoverable: boolean };

/** `idv-error`: A technical problem; `recoverable` says whether Try again can help. */
export class IdvErrorEvent extends IdvEvent<IdvErrorDetail> {
  static readonly eventName = 'idv-error';

  constructor(detail: IdvErrorDetail) {
    super(IdvErrorEvent.eventName, detail);
  }
}
