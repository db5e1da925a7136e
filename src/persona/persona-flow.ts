import type { PersonaSdk } from './load-persona.js';
import type { FlowSignal } from './flow-signal.js';
import { safeMetadata } from './safe-metadata.js';

export type FlowMode = 'modal' | 'inline';

/** What the gate hands Persona to open one inquiry. */
export interface FlowOptions {
  readonly mode: FlowMode;
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

/** One open Persona inquiry flow. */
export interface PersonaFlow {
  /** The iframe to place in the page (inline mode only; the modal places its own). */
  readonly inlineFrame: HTMLIFrameElement | undefined;
  /** Shows the modal once the flow is ready (no-op inline: it shows itself). */
  open(): void;
  /** Moves keyboard focus into the flow's iframe. */
  focus(): void;
  /** Asks Persona to end the flow; it answers with an `exit` signal. */
  cancel(): void;
  /** Removes every trace: iframe, overlay, styles, listeners, timers. Idempotent. */
  destroy(): void;
}

/** Persona's modal shares global styles between clients, so only one may live at a time. */
let active: { flow: PersonaFlow; signal: (s: FlowSignal) => void } | undefined;

/**
 * Opens a Persona flow with the real SDK and translates its callbacks into
 * `FlowSignal`s. A flow opened while another is live takes over: the older one
 * is destroyed and told the person left it, so its gate can offer Resume.
 * Throws when Persona rejects the options (its own configuration checks).
 */
export function openPersonaFlow(
  sdk: PersonaSdk,
  options: FlowOptions,
  signal: (s: FlowSignal) => void,
): PersonaFlow {
  if (active) {
    const previous = active;
    active = undefined;
    previous.flow.destroy();
    previous.signal({ type: 'exit' });
  }

  let destroyed = false;
  const emit = (s: FlowSignal) => {
    if (!destroyed) signal(s);
  };
  const loadTimer = setTimeout(() => emit({ type: 'timeout' }), options.loadTimeout);

  const callbacks = {
    onEvent(name: string, metadata?: Record<string, unknown>) {
      if (name === 'load') clearTimeout(loadTimer);
      emit({ type: 'event', name, metadata: safeMetadata(metadata) });
      const signal = toSignal(name, metadata ?? {});
      if (signal) emit(signal);
    },
    onError(error: { code?: unknown; message?: string } | undefined) {
      clearTimeout(loadTimer);
      emit({ type: 'error', code: error?.code, message: error?.message ?? 'Persona reported an error.' });
    },
  };

  const personaOptions = {
    templateId: options.templateId,
    templateVersionId: options.templateVersionId,
    inquiryId: options.inquiryId,
    sessionToken: options.sessionToken,
    environmentId: options.environmentId,
    referenceId: options.referenceId,
    fields: options.fields as never,
    language: options.language,
    iframeTitle: options.title,
  };

  let handle: Omit<PersonaFlow, 'destroy' | 'focus'> & { frame: HTMLIFrameElement; teardown(): void };
  try {
    handle =
      options.mode === 'inline'
        ? openInline(sdk, options, personaOptions, callbacks)
        : openModal(sdk, options, personaOptions, callbacks);
  } catch (error) {
    clearTimeout(loadTimer);
    throw error;
  }

  const flow: PersonaFlow = {
    inlineFrame: handle.inlineFrame,
    open: () => handle.open(),
    focus: () => handle.frame.focus(),
    cancel: () => handle.cancel(),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(loadTimer);
      handle.teardown();
      if (active?.flow === flow) active = undefined;
    },
  };
  active = { flow, signal };
  return flow;
}

type PersonaOptions = Parameters<PersonaSdk['setupIframe']>[3];
interface Callbacks {
  onEvent(name: string, metadata?: Record<string, unknown>): void;
  onError(error: { code?: unknown; message?: string } | undefined): void;
}

function openModal(sdk: PersonaSdk, options: FlowOptions, personaOptions: PersonaOptions, callbacks: Callbacks) {
  const client = new sdk.Client({
    ...personaOptions,
    ...(options.host ? { customHost: options.host } : {}),
    onEvent: callbacks.onEvent as never,
    onError: callbacks.onError as never,
  });
  return {
    inlineFrame: undefined,
    // The modal's iframe, found through the overlay Persona appended (its own field is private).
    frame: document.querySelector<HTMLIFrameElement>('.persona-widget__overlay iframe') ?? document.createElement('iframe'),
    open: () => client.open(),
    cancel: () => client.cancel(true),
    teardown: () => client.destroy(),
  };
}

function openInline(sdk: PersonaSdk, options: FlowOptions, personaOptions: PersonaOptions, callbacks: Callbacks) {
  const containerId = `idv-persona-${crypto.randomUUID()}`;
  const iframe = sdk.setupIframe(document.createElement('iframe'), containerId, 'inline', {
    ...personaOptions,
    host: options.host,
  });
  const unsubscribe = sdk.setupEvents(containerId, {
    onLoad: null,
    onReady: null,
    onComplete: null,
    onCancel: null,
    onEvent: callbacks.onEvent as never,
    onError: callbacks.onError as never,
    templateId: options.templateId ?? null,
    templateVersionId: options.templateVersionId ?? null,
    host: options.host ?? null,
    eventsAllowlist: null,
  });
  return {
    inlineFrame: iframe,
    frame: iframe,
    open: () => {},
    // The inline SDK has no cancel; speak the same action the modal client sends.
    cancel: () =>
      iframe.contentWindow?.postMessage({ action: 'exit', metadata: { force: true } }, new URL(iframe.src).origin),
    teardown: () => {
      unsubscribe();
      iframe.remove();
    },
  };
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
