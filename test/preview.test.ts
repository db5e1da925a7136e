import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import { en } from '../src/i18n/en.js';
import { GateErrorCodes, PersonaErrorCodes } from '../src/machine/errors.js';
import { BlockReasons, DeclineReasons } from '../src/protocol/reasons.js';

async function preview(state: string, detail?: string): Promise<string> {
  const gate = await fixture<IdVerificationGate>(
    html`<id-verification-gate preview-state=${state} preview-detail=${detail ?? ''}></id-verification-gate>`,
  );
  await gate.updateComplete;
  return gate.shadowRoot!.querySelector('[part~="body"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('preview-detail: the sample a preview shows', () => {
  for (const reason of DeclineReasons) {
    it(`retry for ${reason}`, async () => {
      expect(await preview('retry', reason)).to.contain(en.declineAdvice[reason]);
    });
  }

  for (const reason of BlockReasons) {
    it(`blocked for ${reason}`, async () => {
      expect(await preview('blocked', reason)).to.equal(en.blockedReasons[reason]);
    });
  }

  for (const code of [...PersonaErrorCodes, ...GateErrorCodes]) {
    it(`error ${code}`, async () => {
      expect(await preview('error', code)).to.equal(en.errorMessages[code]);
    });
  }

  for (const problem of ['insecure_context', 'no_camera', 'camera_blocked'] as const) {
    it(`camera problem ${problem}`, async () => {
      expect(await preview('error', problem)).to.equal(en.cameraProblems[problem]);
    });
  }

  it('without it, a realistic default', async () => {
    expect(await preview('retry')).to.contain(en.declineAdvice.blurry_photo);
    expect(await preview('error')).to.equal(en.errorMessages.flow_timeout);
  });
});
