// A host's server for the handler tests: the real handlers and Persona client
// against the Persona API stand-in, which sends its signed webhooks to `webhook`.
import { server, testing } from './source.mjs';

export const apiKey = 'persona_sandbox_KEY_never_printed_42';
export const webhookSecret = 'wbhsec_test_current';

/** `identify` reads the person from a header, as a host would read its session cookie. */
export function gateWorld({
  maxAttempts,
  store,
  reconcile,
  now,
  waitForDecision,
  webhookSecrets = [webhookSecret],
  clientOptions = {},
  onError,
  deliverWebhooks = true,
} = {}) {
  let handlers;
  const api = testing.createPersonaApiStandIn({
    apiKey,
    webhook: {
      to: (request) => (deliverWebhooks ? handlers.webhook(request) : new Response(null, { status: 204 })),
      secret: webhookSecret,
    },
  });
  /** Another server instance: its own Persona client, the same Persona and (when given) the same store. */
  const instance = (overrides = {}) =>
    server.createGateHandlers({
      persona: server.createPersonaClient({ apiKey, baseUrl: api.baseUrl, fetch: api.fetch, ...clientOptions }),
      templateId: 'itmpl_gate',
      identify: (request) => request.headers.get('x-person'),
      maxAttempts,
      store,
      reconcile,
      now,
      waitForDecision,
      webhookSecrets,
      onError,
      ...overrides,
    });
  handlers = instance();

  const as = (person) => (person ? { 'x-person': person } : {});
  return {
    api,
    handlers,
    instance,
    /** POST session-url as `person`. */
    async session(person, body = { scope: 'default' }, via = handlers) {
      const response = await via.session(
        new Request('https://host.example/api/idv/session', { method: 'POST', headers: as(person), body: JSON.stringify(body) }),
      );
      return { status: response.status, body: await response.json(), response };
    },
    /** GET status-url as `person`, about one inquiry or none. */
    async status(person, inquiryId, via = handlers) {
      const url = new URL('https://host.example/api/idv/status?scope=default');
      if (inquiryId !== undefined) url.searchParams.set('inquiry-id', inquiryId);
      const response = await via.status(new Request(url, { headers: as(person) }));
      return { status: response.status, body: await response.json(), response };
    },
    /** The person starts a flow (session-url) and finishes it in Persona: complete or fail. */
    async attempt(person, outcome = 'complete') {
      const { body } = await this.session(person);
      await api.submit(body.inquiryId, outcome);
      return body.inquiryId;
    },
    /** API calls made since the last call of this. */
    apiCalls: (() => {
      let seen = 0;
      return () => {
        const calls = api.requests.slice(seen);
        seen = api.requests.length;
        return calls;
      };
    })(),
  };
}
