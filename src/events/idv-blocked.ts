import type { BlockReason } from '../machine/reasons.js';
import { IdvEvent } from './idv-event.js';

export type IdvBlockedDetail = { readonly reason: BlockReason | string };

/** `idv-blocked`: This account cannot be verified here; the person is pointed to the appeal path. */
export class IdvBlockedEvent extends IdvEvent<IdvBlockedDetail> {
  static readonly eventName = 'idv-blocked';

  constructor(detail: IdvBlockedDetail) {
    super(IdvBlockedEvent.eventName, detail);
  }
}
