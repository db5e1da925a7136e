import type { PersonaSdk } from './load-persona.js';
import type { FlowSignal } from './flow-signal.js';
import { flowOrigin } from './flow-origin.js';
import { focusFrame } from './focus-frame.js';
import { onFrameBlocked } from './frame-blocked.js';
import { loadWithoutTrace } from './load-without-trace.js';
import { admitOnly } from './own-frame-messages.js';
import { safeMetadata } from './safe-metadata.js';

/** What the gate hands Persona to open one inquiry. */
export interface FlowOptions {
  readonly templateId?: string | undefined;
  readonly templateVersionId?: string | undefined;
  readonly inquiryId?: string | undefined;
  readonly sessionToken?: string | undefined;
  readonly environmentId?: string | undefined;
  readonly referenceId?: string | undefined;
  readonly fields?: Record<string, unknown> | undefined;
  readonly language?: string | undefined;
  /** Persona's `customHost`; undefined means Persona production. */
  readonly host?: string | undefined;
  /** Milliseconds to wait for Persona's `load` before signalling `timeout`. */
  readonly loadTimeout: number;
  /** Title of the flow's iframe, for screen readers (Persona's own when undefined). */
  readonly title: string | undefined;
}

/** One open Persona inquiry flow: Persona's inline flow in an iframe the gate places. */
export interface PersonaFlow {
  /** The flow's iframe; it loads Persona once it is in the page. */
  readonly frame: HTMLIFrameElement;
  /** Moves keyboard focus into the flow. */
  focus(): void;
  /** Asks Persona to end the flow; it answers with an `exit` signal. */
  cancel(): void;
  /**
   * Makes this the flow the person goes through now. An older active
   * flow is destroyed and told the person left it. A flow prepared hidden ahead
   * of a click becomes active only when it is shown.
   */
  activate(): void;
  /** Removes every trace: iframe, listener, timer. Idempotent. */
  destroy(): void;
}

/** A person goes through one flow at a time, so only one may live on a page. */
let active: { flow: PersonaFlow; signal: (s: FlowSignal) => void } | undefined;

/**
 * Opens a Persona flow with the real SDK (`setupIframe` + `setupEvents`) and
 * translates its callbacks into `FlowSignal`s. Only messages from this flow's
 * own iframe, from its exact origin, reach the SDK. Call `activate()` when the
 * person is to see it. Throws when Persona rejects the options (its own
 * configuration checks) or the flow would not load over https.
 */
export function openPersonaFlow(sdk: PersonaSdk, options: FlowOptions, signal: (s: FlowSignal) => void): PersonaFlow {
  const containerId = `idv-persona-${crypto.randomUUID()}`;
  const frame = sdk.setupIframe(document.createElement('iframe'), containerId, 'inline', {
    templateId: options.templateId,
    templateVersionId: options.templateVersionId,
    inquiryId: options.inquiryId,
    sessionToken: options.sessionToken,
    environmentId: options.environmentId,
    referenceId: options.referenceId,
    fields: options.fields as never,
    language: options.language,
    iframeTitle: options.title,
    host: options.host,
  });
  const origin = flowOrigin(frame.src);
  loadWithoutTrace(frame);

  let destroyed = false;
  const emit = (s: FlowSignal) => {
    if (!destroyed) signal(s);
  };
  const loadTimer = setTimeout(() => emit({ type: 'timeout' }), options.loadTimeout);
  // The page's Content-Security-Policy refused the frame: it will never load, say so now.
  const stopWatchingPolicy = onFrameBlocked(origin, () => {
    clearTimeout(loadTimer);
    emit({ type: 'timeout' });
  });

  const fromOwnFrame = (event: MessageEvent) =>
    event.isTrusted && frame.contentWindow !== null && event.source === frame.contentWindow && event.origin === origin;
  const unsubscribe = admitOnly(fromOwnFrame, () =>
    sdk.setupEvents(containerId, {
      onLoad: null,
      onReady: null,
      onComplete: null,
      onCancel: null,
      onEvent: ((name: string, metadata?: Record<string, unknown>) => {
        if (name === 'load') clearTimeout(loadTimer);
        emit({ type: 'event', name, metadata: safeMetadata(metadata) });
        const next = toSignal(name, metadata ?? {});
        if (next) emit(next);
      }) as never,
      onError: ((error: { code?: unknown; message?: string } | undefined) => {
        clearTimeout(loadTimer);
        emit({ type: 'error', code: error?.code, message: error?.message ?? 'Persona reported an error.' });
      }) as never,
      templateId: options.templateId ?? null,
      templateVersionId: options.templateVersionId ?? null,
      host: options.host ?? null,
      eventsAllowlist: null,
    }),
  );

  const flow: PersonaFlow = {
    frame,
    focus: () => focusFrame(frame),
    // Persona's inline SDK has no cancel; speak the action its modal client sends.
    cancel: () => frame.contentWindow?.postMessage({ action: 'exit', metadata: { force: true } }, origin),
    activate() {
      // A flow opened while another is live takes over: its gate is told the person left, so it can offer Resume.
      const previous = active;
      if (previous?.flow === flow || destroyed) return;
      active = { flow, signal };
      if (!previous) return;
      previous.flow.destroy();
      previous.signal({ type: 'exit' });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(loadTimer);
      stopWatchingPolicy();
      unsubscribe();
      frame.remove();
      if (active?.flow === flow) active = undefined;
    },
  };
  return flow;
}

/** Persona's raw event names that change what the gate shows. */
function toSignal(name: string, metadata: Record<string, unknown>): FlowSignal | undefined {
  const inquiryId = typeof metadata['inquiryId'] === 'string' ? metadata['inquiryId'] : undefined;
  const status = typeof metadata['status'] === 'string' ? metadata['status'] : '';
  switch (name) {
    case 'ready':
      return { type: 'ready' };
    case 'start':
      return { type: 'start', inquiryId };
    case 'complete':
      return { type: 'complete', inquiryId: inquiryId ?? '', status };
    case 'fail':
      return { type: 'fail', inquiryId: inquiryId ?? '', status };
    case 'exit': {
      const sessionToken = typeof metadata['sessionToken'] === 'string' ? metadata['sessionToken'] : undefined;
      return { type: 'exit', inquiryId, sessionToken };
    }
    case 'load-camera-failed':
      return { type: 'camera-failed' };
    default:
      return undefined;
  }
}
