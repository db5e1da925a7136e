/**
 * The modal around Persona's flow: a native `<dialog>` the gate owns, placed in
 * its shadow root and styled there (adopted styles), so nothing is injected into
 * the page and a strict `style-src 'self'` holds. `showModal()` makes the rest
 * of the page inert; the page behind does not scroll while it is open.
 */
export class FlowDialog {
  readonly element: HTMLDialogElement;
  readonly #closedByBrowser: () => void;
  #closing = false;
  #unlockScroll: (() => void) | undefined;

  /**
   * @param frame Persona's flow.
   * @param labels the dialog's name (for assistive tech) and its close button.
   * @param leave the person asks to leave (close button, Escape): Persona is asked to end the flow.
   * @param closedByBrowser the browser closed the modal on its own (a repeated Escape cannot be refused).
   */
  constructor(
    frame: HTMLIFrameElement,
    labels: { title: string; close: string },
    { leave, closedByBrowser }: { leave: () => void; closedByBrowser: () => void },
  ) {
    this.#closedByBrowser = closedByBrowser;
    const dialog = (this.element = document.createElement('dialog'));
    dialog.className = 'flow-dialog';
    dialog.setAttribute('aria-label', labels.title);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'secondary flow-dialog-close';
    close.setAttribute('part', 'button button-secondary');
    close.textContent = labels.close;
    close.addEventListener('click', leave);
    const bar = document.createElement('div');
    bar.className = 'flow-dialog-bar';
    bar.append(close);
    dialog.append(bar, frame);
    // Escape: Persona ends the flow and says so (with what Resume needs), then the dialog closes.
    // Without a user activation since it opened, a browser may not let it stay open: `close` follows.
    dialog.addEventListener('cancel', (event) => {
      if (!event.cancelable) return;
      event.preventDefault();
      leave();
    });
    dialog.addEventListener('close', () => this.#onClose());
  }

  /** Opens the modal. False when the browser refused (the gate is not in a document). */
  show(): boolean {
    try {
      this.element.showModal();
    } catch {
      return false;
    }
    this.#unlockScroll = lockPageScroll();
    return true;
  }

  /** Closes the modal; focus goes back where it was, scrolling comes back. */
  close(): void {
    this.#closing = true;
    if (this.element.open) this.element.close();
    this.#onClose();
  }

  #onClose(): void {
    this.#unlockScroll?.();
    this.#unlockScroll = undefined;
    if (!this.#closing) this.#closedByBrowser();
  }
}

/** Stops the page behind the modal from scrolling; returns how to undo it. CSSOM, so CSP allows it. */
function lockPageScroll(): () => void {
  const root = document.documentElement.style;
  const previous = root.getPropertyValue('overflow');
  const priority = root.getPropertyPriority('overflow');
  root.setProperty('overflow', 'hidden', 'important');
  return () => root.setProperty('overflow', previous, priority);
}
