import { gateError, type GateError } from '../machine/errors.js';

/** What the browser can tell before the flow opens. Injected so each case can be tested. */
export interface BrowserEnvironment {
  readonly online: boolean;
  readonly secureContext: boolean;
  /** False when a Permissions-Policy (or a parent frame's `allow`) forbids the camera; undefined when unknown. */
  readonly cameraAllowed: boolean | undefined;
  /** Lists media devices; undefined when the browser cannot tell. */
  readonly listDevices: (() => Promise<Array<{ kind: string }>>) | undefined;
}

/** The real browser's answers. */
export function browserEnvironment(): BrowserEnvironment {
  const policy = (document as Document & { featurePolicy?: { allowsFeature(name: string): boolean } }).featurePolicy;
  const devices = navigator.mediaDevices;
  return {
    online: navigator.onLine,
    secureContext: window.isSecureContext,
    cameraAllowed: policy ? policy.allowsFeature('camera') : undefined,
    listDevices: devices?.enumerateDevices ? () => devices.enumerateDevices() : undefined,
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
  if (env.cameraAllowed === false) {
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
