import { expect, oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { keptEnvironment } from '../src/lazy/flow/kept-checks.js';
import { prelaunchProblem } from '../src/lazy/flow/prelaunch-checks.js';
import { loadPersona } from '../src/lazy/persona/load-persona.js';
import { button, gateFixture, heading } from './support/fixtures.js';
import { personaLeftovers } from './support/leftovers.js';
import { flowFrame } from './support/persona-sandbox.js';
import { untilPreloadGone, untilPrewarmed } from './support/prewarm.js';

type Devices = Array<{ kind: string }>;

/**
 * The browser's device list, answered when the test says: as when the browser
 * is still asking its media stack (Chromium's first `enumerateDevices()` of a
 * page takes about 300 ms), or a device just came or went. `devicechange` tells
 * the gate to ask again.
 */
function holdDeviceList(): { answer(devices: Devices): void; restore(): void } {
  const own = Object.getOwnPropertyDescriptor(navigator.mediaDevices, 'enumerateDevices');
  const waiting: Array<(devices: Devices) => void> = [];
  let answered: Devices | undefined;
  Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', {
    configurable: true,
    value: () => (answered ? Promise.resolve(answered) : new Promise<Devices>((resolve) => waiting.push(resolve))),
  });
  navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
  return {
    answer(devices) {
      answered = devices;
      for (const resolve of waiting.splice(0)) resolve(devices);
    },
    restore() {
      if (own) Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', own);
      else delete (navigator.mediaDevices as { enumerateDevices?: unknown }).enumerateDevices;
      navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    },
  };
}

const camera: Devices = [{ kind: 'audioinput' }, { kind: 'videoinput' }];
const noCamera: Devices = [{ kind: 'audioinput' }];

/** The ways a person shows they are about to press a button. */
const intents: Array<[string, (target: HTMLElement) => void]> = [
  ['the pointer', (target) => target.dispatchEvent(new PointerEvent('pointerenter'))],
  // The event a keyboard user's Tab causes (a background test tab gets none from focus()).
  ['Tab (focus)', (target) => target.dispatchEvent(new FocusEvent('focus'))],
  ['a touch', (target) => target.dispatchEvent(new Event('touchstart'))],
];

/** Clicks Start and waits for the camera screen (an `idv-error`), returning its detail. */
async function clickToCameraScreen(gate: IdVerificationGate) {
  const error = oneEvent(gate, 'idv-error');
  button(gate, 'Start verification').click();
  const { detail } = await error;
  await gate.updateComplete;
  return detail;
}

describe('intent path: the flow is asked for at once, the checks answer beside it', () => {
  // The flow's code and the SDK, as a gate seen before the intent has them: no test waits for the dev server's first download.
  before(() => Promise.all([import('../src/lazy/flow/flow-session.js'), loadPersona()]));
  afterEach(async () => {
    for (const gate of document.querySelectorAll('id-verification-gate')) gate.remove();
    await untilPreloadGone();
  });

  for (const [name, intend] of intents) {
    it(`${name} on Start: Persona's page loads while the camera check is still answering`, async () => {
      const gate = await gateFixture({ mode: 'inline' });
      const devices = holdDeviceList();
      try {
        intend(button(gate, 'Start verification'));
        // The sandbox answers from the prepared frame: its page was asked for without waiting for the device list.
        const frame = await untilPrewarmed(gate);
        expect(gate.state).to.equal('locked');

        devices.answer(camera);
        const ready = oneEvent(gate, 'idv-ready');
        button(gate, 'Start verification').click();
        await ready;
        expect(gate.state).to.equal('in-progress');
        expect(flowFrame(gate)).to.equal(frame);
      } finally {
        devices.restore();
      }
    });
  }

  it('no camera, told after the frame was asked for: the hidden flow goes and the click shows the camera screen', async () => {
    const gate = await gateFixture({ mode: 'modal' });
    const devices = holdDeviceList();
    try {
      intents[0]![1](button(gate, 'Start verification'));
      await untilPrewarmed(gate);
      devices.answer(noCamera);
      const detail = await clickToCameraScreen(gate);
      expect(detail.code).to.equal('camera_unavailable');
      expect(heading(gate)).to.equal('Something went wrong');
      expect(gate.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.match(/could not find a camera/);
      await untilPreloadGone();
      expect(personaLeftovers(gate)).to.deep.equal([]);
    } finally {
      devices.restore();
    }
  });

  it('no camera, already known: intent prepares no hidden flow, and the click shows the camera screen', async () => {
    const gate = await gateFixture({ mode: 'inline' });
    // Any frame put in the gate, even for a moment, would have asked Persona for its page.
    const framesPlaced: Node[] = [];
    const watch = new MutationObserver((records) =>
      framesPlaced.push(...records.flatMap((record) => [...record.addedNodes]).filter((node) => node.nodeName === 'IFRAME')),
    );
    watch.observe(gate.shadowRoot!, { childList: true, subtree: true });
    const devices = holdDeviceList();
    try {
      devices.answer(noCamera);
      await gate.preload(); // intent too; resolves once the SDK is here
      intents[0]![1](button(gate, 'Start verification'));
      await gate.preload();
      expect((await clickToCameraScreen(gate)).code).to.equal('camera_unavailable');
      framesPlaced.push(...watch.takeRecords().flatMap((record) => [...record.addedNodes]).filter((node) => node.nodeName === 'IFRAME'));
      expect(framesPlaced).to.deep.equal([]);
    } finally {
      watch.disconnect();
      devices.restore();
    }
  });

  it('a camera unplugged after the check (devicechange) is noticed before a prepared flow opens', async () => {
    const gate = await gateFixture({ mode: 'inline' });
    intents[0]![1](button(gate, 'Start verification'));
    await untilPrewarmed(gate);
    const devices = holdDeviceList();
    try {
      devices.answer(noCamera);
      const detail = await clickToCameraScreen(gate);
      expect(detail.code).to.equal('camera_unavailable');
      expect(gate.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.match(/could not find a camera/);
      await untilPreloadGone();
      expect(personaLeftovers(gate)).to.deep.equal([]);
    } finally {
      devices.restore();
    }
  });
});

describe('the pre-launch checks are kept for the page', () => {
  /** A window whose camera permission and device list the test controls. */
  function fakeWindow(state: { permission: PermissionState; devices: Devices }) {
    const mediaDevices = new EventTarget() as EventTarget & { enumerateDevices(): Promise<Devices> };
    const permission = Object.defineProperty(new EventTarget(), 'state', { get: () => state.permission });
    let asked = 0;
    mediaDevices.enumerateDevices = async () => (asked += 1, state.devices);
    const view = {
      isSecureContext: true,
      document: {},
      navigator: { onLine: true, mediaDevices, permissions: { query: async () => permission } },
    } as unknown as Window;
    return { view, mediaDevices, permission, asked: () => asked };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('asks the browser once, and again only after a devicechange or a permission change', async () => {
    const state = { permission: 'granted' as PermissionState, devices: camera };
    const fake = fakeWindow(state);
    const environment = keptEnvironment(fake.view);
    expect(await prelaunchProblem(environment)).to.equal(undefined);
    expect(await prelaunchProblem(environment)).to.equal(undefined);
    expect(fake.asked(), 'kept: asked once').to.equal(1);

    state.devices = noCamera;
    expect(await prelaunchProblem(environment), 'nothing said it changed').to.equal(undefined);
    fake.mediaDevices.dispatchEvent(new Event('devicechange'));
    expect((await prelaunchProblem(environment))?.cameraProblem).to.equal('no_camera');

    // The page is forbidden the camera (its device list is empty then): the permission says so.
    state.permission = 'denied';
    state.devices = [];
    await settle(); // the permission's status object is in hand once its query answered
    fake.permission.dispatchEvent(new Event('change'));
    expect((await prelaunchProblem(environment))?.cameraProblem).to.equal('camera_blocked');
    const asked = fake.asked();
    await prelaunchProblem(environment);
    expect(fake.asked(), 'kept again').to.equal(asked);
  });
});
