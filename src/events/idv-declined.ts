import type { DeclineReason } from '../machine/reasons.js';
import { IdvEvent } from './idv-event.js';

export type IdvDeclinedDetail = {
  readonly inquiryId: string;
  readonly attempt: number;
  readonly attemptsRemaining: number;
  readonly reason?: DeclineReason | string;
};

/** `idv-declined`: An attempt failed; the person may retry while attempts remain. */
export class IdvDeclinedEvent extends IdvEvent<IdvDeclinedDetail> {
  static readonly eventName = 'idv-declined';

  constructor(detail: IdvDeclinedDetail) {
    super(IdvDeclinedEvent.eventName, detail);
  }
}
