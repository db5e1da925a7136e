import type { GateState } from '../../eager/machine/states.js';

/**
 * After the gate moved to another screen: says the new heading once through the live
 * region, and, for a change the person caused (not the first decision on load), moves
 * focus where they act next: into the open Persona flow, else the new heading. It loads
 * with the screens, since before them there is no heading to say or focus.
 */
export function followScreen(root: ParentNode, previous: GateState, state: GateState, flow: { focus(): void } | undefined): void {
  const heading = root.querySelector<HTMLElement>('[part~="heading"]');
  const announcer = root.querySelector('#announcer');
  const words = heading?.textContent?.trim();
  if (announcer && words) announcer.textContent = words;
  if (previous === 'checking') return;
  if (state === 'in-progress' && flow) flow.focus();
  else heading?.focus();
}
