import type { DeclineReason } from '../../protocol/reasons.js';
import { defineEvent } from './idv-event.js';

export type IdvDeclinedDetail = {
  readonly inquiryId: string;
  readonly attempt: number;
  readonly attemptsRemaining: number;
  readonly reason?: DeclineReason | string;
};

/** `idv-declined`: An attempt failed; the person may retry while attempts remain. */
export const IdvDeclinedEvent = /* @__PURE__ */ defineEvent<IdvDeclinedDetail>('idv-declined');
export type IdvDeclinedEvent = InstanceType<typeof IdvDeclinedEvent>;
