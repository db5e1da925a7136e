import { render, type TemplateResult } from 'lit-html';

/** Where a gate's screen goes: inside its frame, just before the frame's anchor. */
export interface ScreenPlace {
  readonly gate: HTMLElement;
  readonly anchor: ChildNode;
}

/** Renders a screen in its place in the gate's frame (lit-html comes with the screens: a verified person never downloads it). */
export function drawScreen(screen: TemplateResult, place: ScreenPlace, host: HTMLElement): void {
  render(screen, place.gate, { renderBefore: place.anchor, host });
}
