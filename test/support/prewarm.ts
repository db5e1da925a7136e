// Helpers for tests of the flow prepared on intent (prewarm).
import type { IdVerificationGate } from '../../src/index.js';
import { flowFrame, flowParams, sandboxOrigin } from './persona-sandbox.js';

/** The pointer comes to rest on a button, as a mouse would before the click. */
export function pointAt(target: HTMLElement): void {
  target.dispatchEvent(new PointerEvent('pointerenter'));
}

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until the gate holds a flow frame whose page has loaded (the sandbox answers), and returns it. */
export async function untilPrewarmed(gate: IdVerificationGate): Promise<HTMLIFrameElement> {
  while (!flowFrame(gate)) await nextFrame();
  // A question asked before the sandbox's script runs is lost: ask again until it answers.
  const retry = () => new Promise<undefined>((resolve) => setTimeout(resolve, 100));
  while (!(await Promise.race([flowParams(gate), retry()])));
  return flowFrame(gate)!;
}

/** Persona's `/preload` frame removes itself once loaded: wait for that before counting frames. */
export async function untilPreloadGone(): Promise<void> {
  while (document.querySelector(`iframe[src^="${sandboxOrigin}/preload"]`)) await nextFrame();
}
