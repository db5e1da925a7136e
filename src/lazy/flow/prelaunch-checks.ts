import { gateError, type GateError } from '../../eager/machine/errors.js';

/** What the browser can tell before the flow opens. Injected so each case can be tested. */
export interface BrowserEnvironment {
  readonly online: boolean;
  readonly secureContext: boolean;
  /** False when the page may not use the camera (a Permissions-Policy, a parent frame's `allow`); undefined when unknown. */
  readonly cameraAllowed: () => Promise<boolean | undefined>;
  /** Lists media devices; undefined when the browser cannot tell. */
  readonly listDevices: (() => Promise<Array<{ kind: string }>>) | undefined;
}

type FeaturePolicy = { allowsFeature(name: string): boolean };

/** The answers of a real browser window (this one unless another is given, e.g. a frame's). */
export function browserEnvironment(view: Window = window): BrowserEnvironment {
  const policy = (view.document as Document & { featurePolicy?: FeaturePolicy }).featurePolicy;
  const { mediaDevices: devices, permissions } = view.navigator;
  const listDevices = devices?.enumerateDevices ? () => devices.enumerateDevices() : undefined;
  return {
    online: view.navigator.onLine,
    secureContext: view.isSecureContext,
    cameraAllowed: policy
      ? async () => policy.allowsFeature('camera')
      : async () => {
          // Firefox and WebKit have no featurePolicy. A camera forbidden to the page is `denied` and,
          // unlike one the person blocked (Persona's flow helps with that), missing from the device list.
          const status = await permissions?.query({ name: 'camera' as PermissionName }).catch(() => undefined);
          if (status?.state !== 'denied') return status ? true : undefined;
          const listed = await listDevices?.().catch(() => undefined);
          return listed?.some((device) => device.kind === 'videoinput');
        },
    listDevices,
  };
}

/**
 * Why the flow would break before it starts, in the order a person can fix it:
 * offline, not https, camera forbidden by the page, no camera at all.
 */
export async function prelaunchProblem(
  env: BrowserEnvironment,
  options: { cameraOptional?: boolean } = {},
): Promise<GateError | undefined> {
  if (!env.online) return gateError('offline', 'The browser is offline.');
  if (!env.secureContext) {
    return { ...gateError('camera_unavailable', 'The page is not a secure context (https).'), cameraProblem: 'insecure_context' };
  }
  if ((await env.cameraAllowed()) === false) {
    return { ...gateError('camera_unavailable', 'A Permissions-Policy blocks the camera.'), cameraProblem: 'camera_blocked' };
  }
  // The person chose to go on without a camera here: Persona can move them to a phone.
  if (options.cameraOptional) return undefined;
  const devices = await env.listDevices?.().catch(() => undefined);
  if (devices && !devices.some((device) => device.kind === 'videoinput')) {
    return { ...gateError('camera_unavailable', 'No camera was found on this device.'), cameraProblem: 'no_camera' };
  }
  return undefined;
}
