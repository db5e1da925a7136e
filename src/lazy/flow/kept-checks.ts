import { browserEnvironment, type BrowserEnvironment } from './prelaunch-checks.js';

/** One kept environment per window: the page's, or a frame's. */
const kept = new WeakMap<Window, BrowserEnvironment>();

/**
 * The browser's answers to the pre-launch checks, asked when a gate is first
 * seen and kept for the page, so intent does not wait for them: Chromium's
 * first `enumerateDevices()` of a page takes about 300 ms. The camera answers
 * are asked again, at once, only when they can have changed: a device came or
 * went (`devicechange`) or the camera permission changed (the Permissions
 * API's `change`). Online, https and Chromium's Permissions-Policy answer at
 * once: they are read live.
 */
export function keptEnvironment(view: Window = window): BrowserEnvironment {
  let environment = kept.get(view);
  if (!environment) {
    environment = keep(view);
    kept.set(view, environment);
  }
  return environment;
}

/** Asks the browser now (the gate is seen), so the answer is there when the person shows intent. */
export function askAhead(view: Window = window): void {
  const environment = keptEnvironment(view);
  void environment.cameraAllowed().catch(() => undefined);
  void environment.listDevices?.().catch(() => undefined);
}

function keep(view: Window): BrowserEnvironment {
  const { navigator } = view;
  const live = browserEnvironment(view);
  const cameraAllowed = keepAnswer(live.cameraAllowed);
  const listDevices = live.listDevices && keepAnswer(live.listDevices);
  const renew = () => {
    cameraAllowed.renew();
    listDevices?.renew();
  };
  navigator.mediaDevices?.addEventListener?.('devicechange', renew);
  navigator.permissions
    ?.query({ name: 'camera' as PermissionName })
    .then((status) => status.addEventListener('change', renew))
    .catch(() => undefined); // This browser cannot tell: devices still say when a camera comes or goes.
  return {
    get online() {
      return navigator.onLine;
    },
    get secureContext() {
      return view.isSecureContext;
    },
    // Chromium answers from the document's Permissions-Policy at once: nothing to keep.
    cameraAllowed: () => ('featurePolicy' in view.document ? browserEnvironment(view).cameraAllowed() : cameraAllowed.get()),
    listDevices: listDevices?.get,
  };
}

/** `ask`'s answer, asked once and kept; `renew` asks again now if it was asked before. A failure is not kept. */
function keepAnswer<T>(ask: () => Promise<T>): { get: () => Promise<T>; renew: () => void } {
  let answer: Promise<T> | undefined;
  const get = () => {
    const asked = (answer ??= ask());
    asked.catch(() => {
      if (answer === asked) answer = undefined;
    });
    return asked;
  };
  return {
    get,
    renew: () => {
      if (!answer) return;
      answer = undefined;
      void get().catch(() => undefined);
    },
  };
}
