import type { IdvStateChangeEvent } from './idv-state-change.js';
import type { IdvStartEvent } from './idv-start.js';
import type { IdvReadyEvent } from './idv-ready.js';
import type { IdvCompleteEvent } from './idv-complete.js';
import type { IdvVerifiedEvent } from './idv-verified.js';
import type { IdvDeclinedEvent } from './idv-declined.js';
import type { IdvExhaustedEvent } from './idv-exhausted.js';
import type { IdvCancelEvent } from './idv-cancel.js';
import type { IdvBlockedEvent } from './idv-blocked.js';
import type { IdvErrorEvent } from './idv-error.js';
import type { IdvPersonaEventEvent } from './idv-persona-event.js';

export { IdvEvent } from './idv-event.js';
export { IdvStateChangeEvent, type IdvStateChangeDetail } from './idv-state-change.js';
export { IdvStartEvent, type IdvStartDetail } from './idv-start.js';
export { IdvReadyEvent, type IdvReadyDetail } from './idv-ready.js';
export { IdvCompleteEvent, type IdvCompleteDetail } from './idv-complete.js';
export { IdvVerifiedEvent, type IdvVerifiedDetail } from './idv-verified.js';
export { IdvDeclinedEvent, type IdvDeclinedDetail } from './idv-declined.js';
export { IdvExhaustedEvent, type IdvExhaustedDetail } from './idv-exhausted.js';
export { IdvCancelEvent, type IdvCancelDetail } from './idv-cancel.js';
export { IdvBlockedEvent, type IdvBlockedDetail } from './idv-blocked.js';
export { IdvErrorEvent, type IdvErrorDetail } from './idv-error.js';
export { IdvPersonaEventEvent, type IdvPersonaEventDetail } from './idv-persona-event.js';

/** Every `idv-*` event by name, for typing listeners on any target they bubble to. */
export interface IdvEventMap {
  'idv-state-change': IdvStateChangeEvent;
  'idv-start': IdvStartEvent;
  'idv-ready': IdvReadyEvent;
  'idv-complete': IdvCompleteEvent;
  'idv-verified': IdvVerifiedEvent;
  'idv-declined': IdvDeclinedEvent;
  'idv-exhausted': IdvExhaustedEvent;
  'idv-cancel': IdvCancelEvent;
  'idv-blocked': IdvBlockedEvent;
  'idv-error': IdvErrorEvent;
  'idv-persona-event': IdvPersonaEventEvent;
}

declare global {
  // The events bubble and are composed: typed on elements, the document and the window.
  interface HTMLElementEventMap extends IdvEventMap {}
  interface DocumentEventMap extends IdvEventMap {}
  interface WindowEventMap extends IdvEventMap {}
}
