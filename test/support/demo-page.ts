// Opens demo/index.html in an iframe of the test page, pointed at the test
// run's Persona sandbox, and reads it as a person sees it.
import { waitUntil } from '@open-wc/testing';
import type { IdVerificationGate } from '../../src/index.js';
import { sandboxHost } from './persona-sandbox.js';

export interface DemoPage {
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  /** The gallery card of a state. */
  card(state: string): HTMLElement;
  cardGate(state: string): IdVerificationGate;
  /** Changes a form control as a person would: sets it, then fires `change`. */
  choose(control: HTMLSelectElement | HTMLInputElement, value?: string): void;
  close(): void;
}

export async function openDemo(query: Record<string, string> = {}): Promise<DemoPage> {
  const frame = document.createElement('iframe');
  // Desktop-sized, so the page lays out as designers see it.
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = `/demo/index.html?${new URLSearchParams({ 'persona-host': sandboxHost, ...query })}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.documentElement?.hasAttribute('data-ready'), 'The demo did not start', {
    timeout: 15_000,
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const card = (state: string) => {
    const found = doc.querySelector<HTMLElement>(`.card[data-state="${state}"]`);
    if (!found) throw new Error(`No gallery card for ${state}`);
    return found;
  };
  return {
    window: win,
    document: doc,
    card,
    cardGate: (state) => card(state).querySelector('id-verification-gate')!,
    choose(control, value) {
      if (control.type === 'radio' || control.type === 'checkbox') (control as HTMLInputElement).checked = true;
      else if (value !== undefined) control.value = value;
      control.dispatchEvent(new win.Event('change', { bubbles: true }));
    },
    close: () => frame.remove(),
  };
}

/** The screen's heading inside a gate, as a person reads it. */
export function gateHeading(gate: IdVerificationGate): string {
  return gate.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';
}
