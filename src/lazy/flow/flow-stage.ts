import type { FlowView } from '../../eager/controller/flow-view.js';
import type { GateHost } from '../../eager/controller/gate-host.js';
import type { PersonaFlow } from '../persona/persona-flow.js';
import { FlowDialog } from './flow-dialog.js';
import { isFrameShown } from './frame-shown.js';

/** What the person does to the modal around the flow. */
export interface StageHandlers {
  /** The person asks to leave (close button, Escape). */
  readonly leave: () => void;
  /** The browser closed the modal on its own: nothing is on screen any more. */
  readonly closedByBrowser: () => void;
}

/**
 * Where the gate's flow is in the page: its frame inline, or the gate's modal
 * around it; placed hidden (a frame loads only in the page, and moving it
 * would reload it), shown once Persona is ready.
 */
export class FlowStage {
  /** The flow in the gate, if any. */
  flow: PersonaFlow | undefined;
  /** That flow as the gate shows it. */
  view: FlowView | undefined;
  readonly #host: GateHost;
  readonly #handlers: StageHandlers;
  #dialog: FlowDialog | undefined;

  constructor(host: GateHost, handlers: StageHandlers) {
    this.#host = host;
    this.#handlers = handlers;
  }

  /** Puts the flow in the gate, hidden until it is ready and the gate is in progress. */
  place(flow: PersonaFlow): void {
    if (this.flow === flow) return;
    this.flow = flow;
    this.view = this.#present(flow);
    this.#host.requestUpdate();
  }

  /**
   * Shows the placed flow and tells whether a person can see it: false for a
   * frame that is hidden or has no room, or a modal the browser refused.
   * `stillWanted` is asked after the render, which may have closed it meanwhile.
   */
  async show(stillWanted: () => boolean): Promise<boolean> {
    const flow = this.flow;
    if (!flow) return true;
    const opened = this.#dialog?.show() ?? true;
    await this.#host.updateComplete; // inline: the render unhides the frame
    if (this.flow !== flow || !stillWanted()) return true;
    return opened && isFrameShown(flow.frame);
  }

  /** Removes the flow and its modal, if any. */
  close(): void {
    this.#dialog?.close();
    this.#dialog = undefined;
    this.flow?.destroy();
    this.flow = undefined;
    if (this.view) this.#host.requestUpdate();
    this.view = undefined;
  }

  /** Inline, the frame goes in the gate; modal, in the gate's dialog around it. */
  #present(flow: PersonaFlow): FlowView {
    const host = this.#host;
    if (host.mode !== 'modal') return { element: flow.frame, modal: false };
    const t = host.translation;
    this.#dialog = new FlowDialog(
      flow.frame,
      { title: t?.flowTitle ?? flow.frame.title, close: t?.cancelButton ?? 'Cancel' },
      this.#handlers,
    );
    return { element: this.#dialog.element, modal: true };
  }
}
