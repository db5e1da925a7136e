// What Persona's flow may leave behind in a page: frames, overlays, styles, message listeners.
import type { IdVerificationGate } from '../../src/index.js';

/** Counts window `message` listeners added and not yet removed. */
export function trackMessageListeners(): { live(): number; restore(): void } {
  const { addEventListener, removeEventListener } = window;
  const listeners = new Set<unknown>();
  window.addEventListener = function (this: Window, type: string, listener: unknown, ...rest: unknown[]) {
    if (type === 'message') listeners.add(listener);
    return addEventListener.call(this, type, listener as EventListener, ...(rest as []));
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, listener: unknown, ...rest: unknown[]) {
    if (type === 'message') listeners.delete(listener);
    return removeEventListener.call(this, type, listener as EventListener, ...(rest as []));
  } as typeof window.removeEventListener;
  return {
    live: () => listeners.size,
    restore() {
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
    },
  };
}

/** Everything Persona may leave in the page, and the flow's frame and modal inside a gate. */
export function personaLeftovers(gate?: IdVerificationGate): Element[] {
  return [
    ...document.querySelectorAll('iframe, .persona-widget__overlay, #persona-widget-styles, #persona-global-styles'),
    ...(gate?.shadowRoot?.querySelectorAll('iframe, dialog') ?? []),
  ];
}
