import type { IdVerificationGate } from '../../src/index.js';

/** Every event the gate fires, in the order of the contract. */
export const IDV_EVENT_TYPES = [
  'idv-state-change',
  'idv-start',
  'idv-ready',
  'idv-complete',
  'idv-verified',
  'idv-declined',
  'idv-exhausted',
  'idv-cancel',
  'idv-blocked',
  'idv-error',
  'idv-persona-event',
] as const satisfies ReadonlyArray<keyof HTMLElementEventMap>;

export type IdvEventType = (typeof IDV_EVENT_TYPES)[number];

/**
 * Appends one `<li>` per `idv-*` event of `gate` to `list`: time, type and
 * `JSON.stringify(detail)`. Returns a function that stops logging.
 */
export function logGateEvents(gate: IdVerificationGate, list: HTMLOListElement): () => void {
  const scroller = list.parentElement;
  const onEvent = (event: HTMLElementEventMap[IdvEventType]): void => {
    const stickToBottom =
      scroller !== null && scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 8;
    list.append(logEntry(event.type, event.detail));
    if (stickToBottom) scroller.scrollTop = scroller.scrollHeight;
  };
  for (const type of IDV_EVENT_TYPES) gate.addEventListener(type, onEvent);
  return () => {
    for (const type of IDV_EVENT_TYPES) gate.removeEventListener(type, onEvent);
  };
}

function logEntry(type: string, detail: unknown): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset['type'] = type;
  const time = document.createElement('span');
  time.className = 'event-time';
  time.textContent = new Date().toLocaleTimeString('en-GB', { hour12: false });
  const name = document.createElement('code');
  name.className = 'event-type';
  name.textContent = type;
  const body = document.createElement('code');
  body.className = 'event-detail';
  body.textContent = stringify(detail);
  // Spaces between the parts so the entry also reads well as text (screen readers, copy).
  item.append(time, ' ', name, ' ', body);
  return item;
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
