/**
 * Runs `subscribe` (Persona's `setupEvents`, which adds one `message` listener to
 * `window`) with that listener put behind `admit`: a message `admit` refuses
 * never reaches Persona's code. Persona's own check compares only the last two
 * labels of the sender's host, ignores the scheme and never asks which window
 * sent the message (and its listener throws on malformed data), so it must not
 * see other windows' messages at all. Returns the unsubscribe function.
 * Throws when `subscribe` adds no `message` listener (an SDK that changed).
 */
export function admitOnly(admit: (event: MessageEvent) => boolean, subscribe: () => () => void): () => void {
  const captured: EventListenerOrEventListenerObject[] = [];
  const own = Object.getOwnPropertyDescriptor(window, 'addEventListener');
  // Only while `subscribe` runs (synchronously): its `message` listener is kept here instead of added.
  window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (type === 'message' && listener) captured.push(listener);
    else EventTarget.prototype.addEventListener.call(this, type, listener, options);
  } as typeof window.addEventListener;
  let unsubscribe: () => void;
  try {
    unsubscribe = subscribe();
  } finally {
    if (own) Object.defineProperty(window, 'addEventListener', own);
    else delete (window as Partial<Window>).addEventListener;
  }
  if (captured.length === 0) {
    unsubscribe();
    throw new Error('The Persona SDK did not listen for its flow’s messages as expected.');
  }

  const guarded = (event: MessageEvent) => {
    if (!admit(event)) return;
    for (const listener of captured) {
      if (typeof listener === 'function') listener.call(window, event);
      else listener.handleEvent(event);
    }
  };
  window.addEventListener('message', guarded);
  return () => {
    window.removeEventListener('message', guarded);
    unsubscribe();
  };
}
