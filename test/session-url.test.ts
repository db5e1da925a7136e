import { expect, oneEvent } from '@open-wc/testing';
import { button, gateFixture, untilSettled } from './support/fixtures.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { sessionUrl, statusUrl } from './support/backend-scenarios.js';
import { finishFlow, flowParams, openFlow } from './support/persona-sandbox.js';

describe('session-url: the server creates the inquiry', () => {
  before(() => startBackend());
  afterEach(() => worker.resetHandlers());

  it('Start POSTs { scope, referenceId } and opens Persona with the returned inquiry', async () => {
    const log = useScenario('approve');
    const gate = await gateFixture({ sessionUrl, scope: 'tools' }, (g) => g.setAttribute('reference-id', 'user-42'));
    expect(gate.state).to.equal('locked');
    await openFlow(gate);

    expect(log.sessionRequests.map((r) => r.body)).to.deep.equal([{ scope: 'tools', referenceId: 'user-42' }]);
    expect(log.sessionRequests[0]!.headers.get('content-type')).to.equal('application/json');
    const params = await flowParams(gate);
    expect(params.get('inquiry-id')).to.equal('inq_server_1');
    expect(params.get('session-token')).to.equal('sess_server_1');
    expect(params.has('inquiry-template-id')).to.be.false;
  });

  it('Retry after a decline asks for a new session; Resume after leaving reuses the inquiry', async () => {
    const log = useScenario('decline-glare-then-approve');
    const gate = await gateFixture({ sessionUrl, statusUrl });
    await untilSettled(gate);

    await openFlow(gate);
    const declined = oneEvent(gate, 'idv-declined');
    finishFlow(gate, 'fail');
    expect((await declined).detail.inquiryId).to.equal('inq_server_1');
    await gate.updateComplete;

    await openFlow(gate, () => button(gate, 'Try again').click());
    expect(log.sessionRequests).to.have.length(2);
    expect((await flowParams(gate)).get('inquiry-id')).to.equal('inq_server_2');

    const cancelled = oneEvent(gate, 'idv-cancel');
    finishFlow(gate, 'exit');
    expect((await cancelled).detail.inquiryId).to.equal('inq_server_2');
    await gate.updateComplete;

    await openFlow(gate, () => button(gate, 'Resume').click());
    expect(log.sessionRequests).to.have.length(2);
    expect((await flowParams(gate)).get('inquiry-id')).to.equal('inq_server_2');

    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    expect((await verified).detail).to.deep.equal({ inquiryId: 'inq_server_2', confirmedBy: 'server' });
  });

  it('a Persona error mid-flow keeps the server inquiry: Try again resumes it', async () => {
    const log = useScenario('approve');
    const gate = await gateFixture({ sessionUrl });
    await openFlow(gate);
    const error = oneEvent(gate, 'idv-error');
    finishFlow(gate, 'error', { code: 'application_error' });
    await error;
    await gate.updateComplete;

    await openFlow(gate, () => button(gate, 'Try again').click());
    expect(log.sessionRequests).to.have.length(1);
    expect((await flowParams(gate)).get('inquiry-id')).to.equal('inq_server_1');
  });
});
