// The package's own server handlers (id-verification-gate/server), which `npm start`
// mounts at /api/real/ against the Persona API stand-in: the "real server"
// scenarios run through them, with nothing mocked between the page and Persona's
// stand-ins (see test/support/gate-backend.mjs).
import type { IdVerificationGate } from '../../src/index.js';

export const realStatusUrl = '/api/real/status';
export const realSessionUrl = '/api/real/session';

/** What Persona decides for a submission (the stand-in's script). */
export interface PersonaDecision {
  readonly status: 'approved' | 'declined' | 'failed' | 'needs_review' | 'completed';
  readonly reason?: string;
}

/**
 * The real server is there when its status handler answers 401 to nobody. The
 * static build says it has none (`<meta name="real-server" content="none">`).
 */
export async function realServerAvailable(): Promise<boolean> {
  if (document.querySelector('meta[name="real-server"]')?.getAttribute('content') === 'none') return false;
  try {
    return (await fetch(realStatusUrl)).status === 401;
  } catch {
    return false;
  }
}

/**
 * A new person "signs in": the header the demo server's `identify` reads (a real
 * host reads its session cookie), so each run starts with no inquiries. Persona's
 * stand-in is told what it decides for this person's submissions.
 */
export function signInNewPerson(gate: IdVerificationGate, decisions: readonly PersonaDecision[] = []): void {
  const person = `demo-${crypto.randomUUID().slice(0, 8)}`;
  gate.requestInit = { headers: { 'x-demo-person': person } };
  if (decisions.length === 0) return;
  void fetch('/api/real/script', { method: 'POST', body: JSON.stringify({ person, decisions }) });
}
