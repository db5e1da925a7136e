import type { BlockReason } from '../../protocol/reasons.js';
import { defineEvent } from './idv-event.js';

export type IdvBlockedDetail = { readonly reason: BlockReason | string };

/** `idv-blocked`: This account cannot be verified here; the person is pointed to the appeal path. */
export const IdvBlockedEvent = /* @__PURE__ */ defineEvent<IdvBlockedDetail>('idv-blocked');
export type IdvBlockedEvent = InstanceType<typeof IdvBlockedEvent>;
