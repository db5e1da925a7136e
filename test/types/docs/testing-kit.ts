// docs/testing.md's example, type-checked here and run by test/node/docs-samples.test.mjs.
// #region sample
import { createGateHandlers, createPersonaClient, type GateHandlers } from 'id-verification-gate/server';
import { createPersonaApiStandIn } from 'id-verification-gate/testing';

let handlers: GateHandlers;
const personaApi = createPersonaApiStandIn({ webhook: { to: (request) => handlers.webhook(request), secret: 'wbhsec_test' } });
handlers = createGateHandlers({
  persona: createPersonaClient({ apiKey: personaApi.apiKey, baseUrl: personaApi.baseUrl, fetch: personaApi.fetch }),
  templateId: 'itmpl_test',
  identify: (request) => request.headers.get('x-test-user'),
  webhookSecrets: ['wbhsec_test'],
});
personaApi.script('user-1', { status: 'declined', reason: 'glare' });
const as = { headers: { 'x-test-user': 'user-1' } };
const { inquiryId } = await (await handlers.session(new Request('https://app.test/s', { method: 'POST', ...as }))).json();
await personaApi.submit(inquiryId, 'fail'); // the signed webhook has reached `handlers.webhook`
const answer = await (await handlers.status(new Request(`https://app.test/st?inquiry-id=${inquiryId}`, as))).json();
// → { status: 'declined', reason: 'glare', attemptsRemaining: 2 }
// #endregion sample

export { answer };
