import { expect, oneEvent } from '@open-wc/testing';
import { button, gateFixture, heading } from './support/fixtures.js';
import { flowFrame, openFlow } from './support/persona-sandbox.js';
import { browserEnvironment, prelaunchProblem } from '../src/lazy/flow/prelaunch-checks.js';

/** Makes the browser answer `value` for `key` until the returned function restores it. */
function pretend<T extends object>(target: T, key: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  // Removed first: WebKit kept answering the real window.isSecureContext after a plain redefinition.
  delete (target as Record<string, unknown>)[key];
  Object.defineProperty(target, key, { configurable: true, get: () => value });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

const cases: Array<[string, () => () => void, string, RegExp]> = [
  ['offline', () => pretend(navigator, 'onLine', false), 'offline', /offline/],
  ['not a secure context', () => pretend(window, 'isSecureContext', false), 'camera_unavailable', /secure \(https\) page/],
  [
    'a Permissions-Policy that blocks the camera',
    () => pretend(document, 'featurePolicy', { allowsFeature: (name: string) => name !== 'camera' }),
    'camera_unavailable',
    /not allowed to use the camera/,
  ],
  [
    'no camera on the device',
    () => pretend(navigator.mediaDevices, 'enumerateDevices', async () => [{ kind: 'audioinput' }]),
    'camera_unavailable',
    /could not find a camera/,
  ],
];

describe('checks before the flow opens', () => {
  it('this test browser has a camera, so the other tests reach Persona', async () => {
    const devices = await navigator.mediaDevices.enumerateDevices();
    expect(devices.map((d) => d.kind)).to.include('videoinput');
  });

  for (const [name, arrange, code, words] of cases) {
    it(`${name}: a clear screen, no broken flow, and Try again once fixed`, async () => {
      const gate = await gateFixture();
      const restore = arrange();
      try {
        const error = oneEvent(gate, 'idv-error');
        button(gate, 'Start verification').click();
        const { detail } = await error;
        await gate.updateComplete;
        expect(detail.code).to.equal(code);
        expect(detail.recoverable).to.be.true;
        expect(heading(gate)).to.equal('Something went wrong');
        expect(gate.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.match(words);
        expect(flowFrame(gate)).to.equal(null);
        expect(document.querySelector('iframe')).to.equal(null);
      } finally {
        restore();
      }
      await openFlow(gate, () => button(gate, 'Try again').click());
      expect(gate.state).to.equal('in-progress');
      gate.remove();
    });
  }

  it('tells a frame whose allow forbids the camera, in every engine (Firefox and WebKit have no featurePolicy)', async () => {
    const frame = Object.assign(document.createElement('iframe'), { allow: "camera 'none'" });
    document.body.append(frame);
    try {
      const problem = await prelaunchProblem(browserEnvironment(frame.contentWindow!));
      expect(problem?.cameraProblem).to.equal('camera_blocked');
      expect(await prelaunchProblem(browserEnvironment())).to.equal(undefined, 'this page may use the camera');
    } finally {
      frame.remove();
    }
  });

  it('no camera: Continue anyway opens the flow, where Persona can move the person to a phone', async () => {
    const gate = await gateFixture();
    const restore = pretend(navigator.mediaDevices, 'enumerateDevices', async () => []);
    try {
      const error = oneEvent(gate, 'idv-error');
      gate.start();
      await error;
      await gate.updateComplete;
      await openFlow(gate, () => button(gate, 'Continue anyway').click());
      expect(gate.state).to.equal('in-progress');
    } finally {
      restore();
    }
  });

  it('offers Continue anyway only when the camera is missing', async () => {
    const gate = await gateFixture();
    const restore = pretend(navigator, 'onLine', false);
    try {
      const error = oneEvent(gate, 'idv-error');
      gate.start();
      await error;
      await gate.updateComplete;
      const labels = [...gate.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
      expect(labels).to.deep.equal(['Try again']);
    } finally {
      restore();
    }
  });
});
