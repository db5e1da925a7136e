/** What the gate places in its shadow root while a flow is open. */
export interface FlowView {
  /** Persona's iframe (inline), or the gate's modal around it. */
  readonly element: HTMLElement;
  /** True for the modal: it shows itself; an inline frame shows below the screen. */
  readonly modal: boolean;
}
