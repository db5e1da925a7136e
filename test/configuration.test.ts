import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import './support/test-page.js';

/** Captures console.error while a gate is configured. */
function captureConsoleErrors(): { messages: string[]; restore(): void } {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

const cases: Array<[string, () => ReturnType<typeof html>, string]> = [
  ['no template, inquiry or session URL', () => html`<id-verification-gate></id-verification-gate>`, 'template-id'],
  [
    'both a template and an inquiry',
    () => html`<id-verification-gate template-id="itmpl_a" inquiry-id="inq_b"></id-verification-gate>`,
    'inquiry-id',
  ],
  [
    'an unknown mode',
    () => html`<id-verification-gate template-id="itmpl_a" mode="popup"></id-verification-gate>`,
    'mode',
  ],
  [
    'a non-numeric max-attempts',
    () => html`<id-verification-gate template-id="itmpl_a" max-attempts="three"></id-verification-gate>`,
    'max-attempts',
  ],
  [
    'a zero flow-timeout',
    () => html`<id-verification-gate template-id="itmpl_a" flow-timeout="0"></id-verification-gate>`,
    'flow-timeout',
  ],
  [
    // Browsers fire a longer timer at once: the flow would time out the moment it started.
    'a flow-timeout past 2^31-1 ms',
    () => html`<id-verification-gate template-id="itmpl_a" flow-timeout="2147483648"></id-verification-gate>`,
    'flow-timeout',
  ],
  [
    'a review-timeout past 2^31-1 ms',
    () => html`<id-verification-gate template-id="itmpl_a" review-timeout="99999999999"></id-verification-gate>`,
    'review-timeout',
  ],
  [
    'a max-attempts too large for a number',
    () => html`<id-verification-gate template-id="itmpl_a" max-attempts="1e309"></id-verification-gate>`,
    'max-attempts',
  ],
  [
    'a persona-host with a scheme',
    () => html`<id-verification-gate template-id="itmpl_a" persona-host="https://evil.example/x"></id-verification-gate>`,
    'persona-host',
  ],
  [
    // Persona's SDK loads a host starting "localhost" over http, refuses any such host but
    // localhost itself, and then falls back to Persona production without a word.
    'a persona-host that only starts like localhost',
    () => html`<id-verification-gate template-id="itmpl_a" persona-host="localhost.evil.example"></id-verification-gate>`,
    'persona-host',
  ],
];

describe('bad configuration', () => {
  for (const [name, template, attribute] of cases) {
    it(`${name}: error invalid_config naming ${attribute}, one console.error, no throw`, async () => {
      const consoleErrors = captureConsoleErrors();
      let gate: IdVerificationGate;
      try {
        gate = await fixture<IdVerificationGate>(template());
      } finally {
        consoleErrors.restore();
      }
      expect(gate.state).to.equal('error');
      expect(consoleErrors.messages).to.have.length(1);
      expect(consoleErrors.messages[0]).to.contain(attribute);
      expect(gate.shadowRoot!.textContent).to.contain('not set up correctly');
      expect(gate.shadowRoot!.querySelector('button')).to.equal(null);
    });
  }

  it('fires idv-error with the attribute in its message', async () => {
    const consoleErrors = captureConsoleErrors();
    const gate = document.createElement('id-verification-gate');
    gate.setAttribute('mode', 'popup');
    gate.setAttribute('template-id', 'itmpl_a');
    const error = oneEvent(gate, 'idv-error');
    document.body.append(gate);
    const { detail } = await error;
    consoleErrors.restore();
    expect(detail.code).to.equal('invalid_config');
    expect(detail.recoverable).to.be.false;
    expect(detail.message).to.contain('mode');
    gate.remove();
  });

  it('recovers when the attribute is fixed, as frameworks set them late', async () => {
    const consoleErrors = captureConsoleErrors();
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate></id-verification-gate>`);
    consoleErrors.restore();
    expect(gate.state).to.equal('error');
    gate.templateId = 'itmpl_late';
    await gate.updateComplete;
    expect(gate.state).to.equal('locked');
  });

  it('never throws from a setter', async () => {
    const consoleErrors = captureConsoleErrors();
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate template-id="itmpl_a"></id-verification-gate>`);
    expect(() => {
      (gate as unknown as { mode: string }).mode = 'sideways';
      (gate as unknown as { maxAttempts: unknown }).maxAttempts = 'lots';
    }).not.to.throw();
    await gate.updateComplete;
    consoleErrors.restore();
    expect(gate.state).to.equal('error');
    expect(consoleErrors.messages).to.have.length(1);
  });

  it('accepts the longest timeouts a browser timer keeps (2^31-1 ms)', async () => {
    const gate = await fixture<IdVerificationGate>(
      html`<id-verification-gate template-id="itmpl_a" flow-timeout="2147483647" review-timeout="2147483647"></id-verification-gate>`,
    );
    expect(gate.state).to.equal('locked');
    expect(gate.flowTimeout).to.equal(2147483647);
  });

  it('joins no scope: another gate of its scope unlocking leaves it on the error', async () => {
    const consoleErrors = captureConsoleErrors();
    const gate = await fixture<IdVerificationGate>(
      html`<id-verification-gate template-id="itmpl_a" mode="popup" scope="misconfigured"></id-verification-gate>`,
    );
    consoleErrors.restore();
    let unlocked = false;
    gate.addEventListener('idv-verified', () => (unlocked = true));
    const otherTab = new BroadcastChannel('id-verification-gate');
    otherTab.postMessage({ scope: 'misconfigured', status: 'verified' });
    otherTab.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unlocked).to.be.false;
    expect(gate.state).to.equal('error');
  });

  it('accepts a gate with only session-url (the server creates the inquiry)', async () => {
    const gate = await fixture<IdVerificationGate>(
      html`<id-verification-gate session-url="/api/idv/session"></id-verification-gate>`,
    );
    expect(gate.state).to.equal('locked');
  });

  it('does not render a support link that is not http(s)', async () => {
    const consoleErrors = captureConsoleErrors();
    const gate = await fixture<IdVerificationGate>(
      html`<id-verification-gate mode="popup" support-url="javascript:alert(1)"></id-verification-gate>`,
    );
    consoleErrors.restore();
    expect(gate.state).to.equal('error');
    expect(gate.shadowRoot!.querySelector('a')).to.equal(null);
  });
});

describe('a bad preview-state', () => {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve));
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });

  for (const value of ['Locked', '', 'nope', ' locked', '__proto__', 'toString']) {
    it(`"${value}": invalid_config naming preview-state, the error screen, and "error" as the state everywhere`, async () => {
      const consoleErrors = captureConsoleErrors();
      const gate = document.createElement('id-verification-gate');
      gate.setAttribute('preview-state', value);
      const error = oneEvent(gate, 'idv-error');
      try {
        const container = await fixture<HTMLElement>(html`<div></div>`);
        container.append(gate);
        await gate.updateComplete;
        gate.requestUpdate(); // a second update must not fail either
        await gate.updateComplete;
      } finally {
        consoleErrors.restore();
      }
      const { detail } = await error;
      expect(detail).to.include({ code: 'invalid_config', recoverable: false });
      expect(detail.message).to.contain('preview-state');
      expect(consoleErrors.messages).to.have.length(1);
      expect(consoleErrors.messages[0]).to.contain('preview-state');
      expect(gate.state).to.equal('error');
      expect(gate.getAttribute('state')).to.equal('error');
      expect(gate.matches(':state(error)')).to.be.true;
      expect(gate.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Something went wrong');
      expect(gate.shadowRoot!.textContent).to.contain('not set up correctly');
    });
  }

  it('a preview switched to a bad state shows the error, and the preview again once fixed', async () => {
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate preview-state="retry"></id-verification-gate>`);
    const consoleErrors = captureConsoleErrors();
    gate.setAttribute('preview-state', 'Retry');
    await gate.updateComplete;
    consoleErrors.restore();
    expect(gate.state).to.equal('error');
    expect(consoleErrors.messages[0]).to.contain('preview-state');
    gate.setAttribute('preview-state', 'retry');
    await gate.updateComplete;
    expect(gate.state).to.equal('retry');
    expect(gate.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal("We couldn't verify your identity");
  });
});
