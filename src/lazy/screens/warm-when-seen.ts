import type { ScreensGate } from './screens-gate.js';
import type { VerificationController } from '../../eager/controller/verification-controller.js';

/** Controllers already watched: once each (a gate back from a preview has a new one). */
const watched = new WeakSet<VerificationController>();

/** Screens whose next step is Persona's flow. */
const leadsToFlow = new Set(['locked', 'retry', 'cancelled']);

/**
 * Warms Persona for a gate the person can see: the first time it is on screen
 * (IntersectionObserver), once the browser is idle, the flow's code, the SDK
 * and Persona's assets load (nothing that creates an inquiry). Skipped with
 * `prewarm="none"`, when the person asked to save data, and for previews.
 */
export function warmWhenSeen(gate: ScreensGate, controller: VerificationController): void {
  if (watched.has(controller)) return;
  watched.add(controller);
  const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
  if (saveData || gate.previewState || typeof IntersectionObserver !== 'function') return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    whenIdle(() => {
      if (gate.isConnected && leadsToFlow.has(gate.state) && !gate.previewState && gate.prewarm !== 'none') void controller.prewarm();
    });
  });
  observer.observe(gate);
}

/** Runs `task` when the browser has nothing better to do (soon, where it cannot tell). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 100);
}
