import { expect } from '@open-wc/testing';
import { gateFixture } from './support/fixtures.js';
import { openFlow } from './support/persona-sandbox.js';

// Every test starts on a page without the gates of the tests before it. When fixture cleanup
// was registered too early to count (before mocha was set up), a gate whose modal was still
// open took the next test's key presses, and one still polling answered the next test's server.
describe('each test starts afresh', () => {
  it('a gate with its modal flow open, left at the end of a test', async () => {
    const gate = await gateFixture();
    await openFlow(gate);
    expect(gate.shadowRoot!.querySelector('dialog')!.open).to.be.true;
  });

  it('is gone when the next test begins', () => {
    expect(document.querySelectorAll('id-verification-gate')).to.have.length(0);
    expect(document.querySelectorAll('iframe')).to.have.length(0);
  });
});
