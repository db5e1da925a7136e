import type { ErrorCode } from '../machine/errors.js';
import { defineEvent } from './idv-event.js';

export type IdvErrorDetail = { readonly code: ErrorCode; readonly message: string; readonly recoverable: boolean };

/** `idv-error`: A technical problem; `recoverable` says whether Try again can help. */
export const IdvErrorEvent = /* @__PURE__ */ defineEvent<IdvErrorDetail>('idv-error');
export type IdvErrorEvent = InstanceType<typeof IdvErrorEvent>;
