import { reporter } from './gate/answers.js';
import { checkedOptions, type GateHandlerOptions, type GateHandlers } from './gate/gate-options.js';
import { guardOf } from './gate/guard.js';
import { identified } from './gate/identified.js';
import { createLedger } from './gate/ledger.js';
import { router } from './gate/router.js';
import { sessionHandler } from './gate/session-handler.js';
import { statusHandler } from './gate/status-handler.js';
import { webhookHandler } from './gate/webhook-handler.js';
import { createMemoryStore } from './store/memory-store.js';
import { personVerdict, type VerdictRules } from './verdict.js';

export type { GateHandler, GateHandlerOptions, GateHandlers } from './gate/gate-options.js';

/**
 * The endpoints the gate talks to, as `(Request) => Promise<Response>`, over a
 * record of each person's standing (`store`). Persona stays the judge: the
 * record changes only from Persona (verified webhooks, API reads), never from
 * the browser. Persona requests grow with verifications, not with page views.
 */
export function createGateHandlers(options: GateHandlerOptions): GateHandlers {
  const { persona, templateId, identify, onError } = checkedOptions(options);
  const rules: VerdictRules = { maxAttempts: options.maxAttempts ?? 3, waitForDecision: options.waitForDecision ?? false };
  const secrets = typeof options.webhookSecrets === 'string' ? [options.webhookSecrets] : [...(options.webhookSecrets ?? [])];
  const store = options.store ?? options.cache ?? createMemoryStore();
  const now = options.now ?? Date.now;
  const report = reporter(onError);
  const ledger = createLedger({ persona, store, templateId, reconcile: options.reconcile ?? false, now, report });

  const statuses = statusHandler(ledger, rules);
  const session = identified('POST', identify, report, sessionHandler(persona, ledger, templateId, rules, now));
  const status = identified('GET', identify, report, statuses.handle);
  const webhook = webhookHandler(persona, ledger, secrets, now, report);
  const standing = (referenceId: string) => statuses.standing(referenceId, { refresh: false });

  return {
    session,
    status,
    webhook,
    fetch: router({ session, status, webhook }),
    standing,
    guard: guardOf(identify, standing, report),
    forget: async (referenceId) => personVerdict(await ledger.forget(referenceId), rules),
  };
}
