import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  IdvCancelEvent,
  IdvCompleteEvent,
  IdvDeclinedEvent,
  IdvErrorEvent,
  IdvExhaustedEvent,
  IdvPersonaEventEvent,
  IdvReadyEvent,
  IdvStartEvent,
  IdvStateChangeEvent,
  IdvVerifiedEvent,
} from '../events/index.js';
import { resolveLocale, resolveTranslation } from '../i18n/resolve-translation.js';
import type { Translation } from '../i18n/translation.js';
import { gateError, personaErrorCode, type GateError } from '../machine/errors.js';
import type { GateState } from '../machine/states.js';
import { transition, type GateEvent } from '../machine/transition.js';
import type { FlowSignal } from '../persona/flow-signal.js';
import { loadPersona } from '../persona/load-persona.js';
import { openPersonaFlow, type FlowMode, type PersonaFlow } from '../persona/persona-flow.js';
import { gateStyles } from './gate.styles.js';
import { previewView } from './preview.js';
import { safeLinkUrl } from './safe-url.js';
import { renderScreen, type ScreenView } from './screens.js';
import { configProblem } from './validate-config.js';

/** Properties whose change means the gate must re-check its configuration. */
const configKeys = [
  'templateId',
  'templateVersionId',
  'inquiryId',
  'sessionUrl',
  'statusUrl',
  'mode',
  'maxAttempts',
  'flowTimeout',
  'personaHost',
  'previewState',
] as const;

/**
 * Stands in front of a feature that needs a verified identity: explains why and
 * what to prepare, runs Persona's inquiry flow, guides retries, and reveals its
 * content once the person is verified.
 *
 * @summary Gate a feature behind Persona identity verification.
 * @slot - The gated content, rendered only once verified.
 * @slot reason - Why this feature needs a verified identity.
 * @event idv-state-change - `{ state, previousState }`
 * @event idv-start - `{ attempt, inquiryId? }`
 * @event idv-ready - `{}`: the flow is loaded and can open.
 * @event idv-complete - `{ inquiryId, status }`: Persona's client-side end of flow (untrusted).
 * @event idv-verified - `{ inquiryId?, confirmedBy }`: unlock the feature.
 * @event idv-declined - `{ inquiryId, attempt, attemptsRemaining, reason? }`
 * @event idv-exhausted - `{ attempts }`
 * @event idv-cancel - `{ inquiryId? }`
 * @event idv-blocked - `{ reason }`
 * @event idv-error - `{ code, message, recoverable }`
 * @event idv-persona-event - `{ name, metadata }`: Persona's event stream without identity data.
 * @csspart screen - Every screen; also `screen-<state>`.
 * @csspart heading - The screen's heading.
 * @csspart body - The screen's text.
 * @csspart actions - The row of buttons and links.
 * @csspart button - Every button; also `button-primary`, `button-secondary`.
 * @csspart link - The support or appeal link.
 * @csspart flow - The inline flow's frame (`mode="inline"`).
 * @cssstate checking, locked, loading, in-progress, reviewing, verified, retry, exhausted, cancelled, blocked, error - The current state.
 */
export class IdVerificationGate extends LitElement {
  static override styles = gateStyles;

  static override properties = {
    templateId: { attribute: 'template-id' },
    templateVersionId: { attribute: 'template-version-id' },
    environmentId: { attribute: 'environment-id' },
    referenceId: { attribute: 'reference-id' },
    inquiryId: { attribute: 'inquiry-id' },
    sessionToken: { attribute: false },
    fields: { attribute: false },
    language: {},
    personaHost: { attribute: 'persona-host' },
    mode: {},
    sessionUrl: { attribute: 'session-url' },
    statusUrl: { attribute: 'status-url' },
    flowTimeout: { attribute: 'flow-timeout', type: Number },
    maxAttempts: { attribute: 'max-attempts', type: Number },
    supportUrl: { attribute: 'support-url' },
    scope: {},
    locale: {},
    previewState: { attribute: 'preview-state' },
    strings: { attribute: false },
    requestInit: { attribute: false },
    current: { state: true },
  };

  /**
   * Registers the element. Safe to call twice; if another class already holds
   * the tag it warns instead of throwing.
   */
  static define(tag = 'id-verification-gate', registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag);
    if (existing === this) return;
    if (existing) {
      console.warn(`<${tag}> is already defined by another class; id-verification-gate did not register.`);
      return;
    }
    registry.define(tag, this);
  }

  /** Persona inquiry template (`itmpl_…`) to start a new inquiry. */
  declare templateId: string | undefined;
  /** Pins a template version (`itmplv_…`). */
  declare templateVersionId: string | undefined;
  /** Persona environment (`env_…`). */
  declare environmentId: string | undefined;
  /** The host's id for this person. */
  declare referenceId: string | undefined;
  /** Resume this existing inquiry instead of creating one. */
  declare inquiryId: string | undefined;
  /** Session token for resuming an inquiry. Property only: never in the DOM. */
  declare sessionToken: string | undefined;
  /** Prefilled inquiry fields. Property only. */
  declare fields: Record<string, unknown> | undefined;
  /** Persona flow language; defaults to the gate's locale. */
  declare language: string | undefined;
  /** Persona `customHost`: a custom domain or a local sandbox such as `localhost:8123`. */
  declare personaHost: string | undefined;
  /** `modal` (Persona's embedded modal) or `inline` (the flow renders inside the gate). */
  declare mode: FlowMode;
  /** POSTed to for a server-created inquiry. */
  declare sessionUrl: string | undefined;
  /** Asked whether this person is verified; makes the server the judge. */
  declare statusUrl: string | undefined;
  /** Milliseconds to wait for the flow to load before `flow_timeout`. */
  declare flowTimeout: number;
  /** Attempts before `exhausted`; a server's `attemptsRemaining` wins. */
  declare maxAttempts: number;
  /** Contact / appeal link for `exhausted`, `blocked` and unrecoverable errors. */
  declare supportUrl: string | undefined;
  /** Gates of one scope share a result on the page and across tabs. */
  declare scope: string;
  /** UI language; defaults to the nearest `lang` attribute, else English. */
  declare locale: string | undefined;
  /** Renders one state with sample content and no Persona, for designers and docs. */
  declare previewState: GateState | undefined;
  /** Partial override of any UI string. */
  declare strings: Partial<Translation> | undefined;
  /** Merged into every backend request (headers, credentials). */
  declare requestInit: RequestInit | undefined;

  private declare current: GateState;

  constructor() {
    super();
    this.mode = 'modal';
    this.flowTimeout = 20_000;
    this.maxAttempts = 3;
    this.scope = 'default';
    this.current = 'checking';
  }

  /** The current state, or the previewed one (read-only; reflected to the `state` attribute). */
  get state(): GateState {
    return this.previewState ?? this.current;
  }

  /** True once unlocked (read-only; reflected to the `verified` attribute). */
  get verified(): boolean {
    return this.current === 'verified';
  }

  #internals = this.attachInternals();
  #settled = false;
  #flow: PersonaFlow | undefined;
  /** Bumped whenever a flow ends, so late async work of an old flow is dropped. */
  #flowGeneration = 0;
  #failures = 0;
  #error: GateError | undefined;
  /** The inquiry in the open flow, known from Persona's `start`. */
  #flowInquiryId: string | undefined;
  /** Where Resume picks up after the person left; kept in memory only. */
  #resumePoint: { inquiryId: string; sessionToken?: string | undefined } | undefined;

  /** Opens the verification flow (Start; in `retry` or `cancelled` a new inquiry). */
  start(): void {
    this.#resumePoint = undefined;
    void this.#openFlow();
  }

  /** Tries again after a decline or a recoverable error; an interrupted inquiry is resumed. */
  retry(): void {
    if (this.current === 'retry') this.#resumePoint = undefined;
    void this.#openFlow();
  }

  /** Reopens the inquiry the person left. */
  resume(): void {
    void this.#openFlow();
  }

  /** Closes the open flow; the person can resume it. */
  cancel(): void {
    if (this.current === 'in-progress' && this.#flow) {
      this.#flow.cancel();
    } else if (this.current === 'loading') {
      this.#onSignal({ type: 'exit' });
    }
  }

  /** Forgets attempts and errors and starts again from the configuration. */
  reset(): void {
    this.#endFlow();
    this.#failures = 0;
    this.#error = undefined;
    this.#resumePoint = undefined;
    if (this.#move({ type: 'reset' }) || this.current === 'checking') this.#settle();
  }

  /** Loads the Persona SDK ahead of time so Start opens faster. Never rejects. */
  async preload(): Promise<void> {
    try {
      await loadPersona();
    } catch {
      // Start reports the failure where a person can act on it.
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#flow || this.current === 'loading') this.#onSignal({ type: 'exit' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = configKeys.some((key) => changed.has(key));
    const idle = this.current === 'checking' || this.current === 'locked' || this.#error?.code === 'invalid_config';
    if (!this.#settled || (configChanged && idle)) this.#settle();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#reflectState();
    if (!changed.has('current' as keyof IdVerificationGate)) return;
    const previous = changed.get('current' as keyof IdVerificationGate) as GateState | undefined;
    // Move focus only for changes a person caused, not the first decision on load.
    if (previous && previous !== 'checking') {
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    }
  }

  override render() {
    const shown = this.previewState ?? this.current;
    const view = this.previewState ? previewView(this.#translation) : this.#view;
    return html`
      <div class="gate" dir=${this.#translation.dir}>
        ${renderScreen(shown, view)}
        ${this.#flow?.inlineFrame && !this.previewState
          ? html`<div part="flow" class="flow" ?hidden=${this.current !== 'in-progress'}>${this.#flow.inlineFrame}</div>`
          : nothing}
      </div>
    `;
  }

  get #translation(): Translation {
    return resolveTranslation(resolveLocale(this, this.locale), this.strings);
  }

  get #view(): ScreenView {
    return {
      t: this.#translation,
      attemptsRemaining: this.#attemptsRemaining,
      declineReason: undefined,
      blockReason: undefined,
      error: this.#error,
      supportUrl: safeLinkUrl(this.supportUrl),
      canResume: this.#resumePoint !== undefined,
      start: () => this.start(),
      retry: () => this.retry(),
      resume: () => this.resume(),
      cancel: () => this.cancel(),
    };
  }

  get #attemptsRemaining(): number {
    return Math.max(0, Number(this.maxAttempts) - this.#failures);
  }

  /** Decides the first state from the configuration: an error naming the attribute, or locked. */
  #settle(): void {
    this.#settled = true;
    const problem = configProblem(this);
    if (problem) {
      if (this.#error?.message !== problem) console.error(`<id-verification-gate>: ${problem}`);
      this.#fail(gateError('invalid_config', problem));
      return;
    }
    if (this.#error?.code === 'invalid_config') {
      this.#error = undefined;
      this.#move({ type: 'reset' });
    }
    this.#move({ type: 'ready-to-start' });
  }

  /** Applies a machine event; returns whether it was accepted. */
  #move(event: GateEvent): boolean {
    const previousState = this.current;
    const next = transition(previousState, event, {
      serverConfirms: false,
      attemptsRemaining: this.#attemptsRemaining,
      errorRecoverable: this.#error?.recoverable ?? true,
    });
    if (next === undefined) return false;
    if (next !== previousState) {
      this.current = next;
      this.#reflectState();
      this.dispatchEvent(new IdvStateChangeEvent({ state: next, previousState }));
    }
    return true;
  }

  async #openFlow(): Promise<void> {
    if (!this.#move({ type: 'start' })) return;
    this.#error = undefined;
    const generation = ++this.#flowGeneration;
    const resumePoint = this.#resumePoint;
    this.dispatchEvent(
      new IdvStartEvent({ attempt: this.#failures + 1, inquiryId: resumePoint?.inquiryId ?? this.inquiryId }),
    );

    let sdk;
    try {
      sdk = await loadPersona();
    } catch (error) {
      if (generation === this.#flowGeneration) this.#fail(gateError('sdk_load_failed', describe(error)));
      return;
    }
    // The person cancelled, or the element was removed, while the SDK loaded.
    if (generation !== this.#flowGeneration || this.current !== 'loading') return;

    const t = this.#translation;
    try {
      this.#flowInquiryId = resumePoint?.inquiryId ?? this.inquiryId;
      this.#flow = openPersonaFlow(
        sdk,
        {
          mode: this.mode,
          templateId: resumePoint ? undefined : this.templateId,
          templateVersionId: resumePoint ? undefined : this.templateVersionId,
          inquiryId: this.#flowInquiryId,
          sessionToken: resumePoint ? resumePoint.sessionToken : this.sessionToken,
          environmentId: this.environmentId,
          referenceId: this.referenceId,
          fields: this.fields,
          language: this.language || t.locale,
          host: this.personaHost,
          loadTimeout: Number(this.flowTimeout),
          title: t.flowTitle,
        },
        (signal) => {
          if (generation === this.#flowGeneration) this.#onSignal(signal);
        },
      );
      this.requestUpdate();
    } catch (error) {
      this.#fail(gateError('invalid_config', describe(error)));
    }
  }

  #onSignal(signal: FlowSignal): void {
    switch (signal.type) {
      case 'event':
        this.dispatchEvent(new IdvPersonaEventEvent({ name: signal.name, metadata: signal.metadata }));
        return;
      case 'ready':
        this.dispatchEvent(new IdvReadyEvent({}));
        if (this.#move({ type: 'flow-ready' })) this.#flow?.open();
        return;
      case 'start':
        this.#flowInquiryId = signal.inquiryId ?? this.#flowInquiryId;
        return;
      case 'complete': {
        this.#endFlow();
        this.dispatchEvent(new IdvCompleteEvent({ inquiryId: signal.inquiryId, status: signal.status }));
        if (this.#move({ type: 'flow-complete' })) {
          this.#resumePoint = undefined;
          this.dispatchEvent(new IdvVerifiedEvent({ inquiryId: signal.inquiryId, confirmedBy: 'client' }));
        }
        return;
      }
      case 'fail': {
        this.#endFlow();
        this.#failures += 1;
        this.#resumePoint = undefined;
        if (!this.#move({ type: 'flow-fail' })) return;
        const attemptsRemaining = this.#attemptsRemaining;
        this.dispatchEvent(
          new IdvDeclinedEvent({ inquiryId: signal.inquiryId, attempt: this.#failures, attemptsRemaining }),
        );
        if (this.current === 'exhausted') this.dispatchEvent(new IdvExhaustedEvent({ attempts: this.#failures }));
        return;
      }
      case 'exit': {
        const inquiryId = signal.inquiryId ?? this.#flowInquiryId;
        this.#endFlow();
        if (!this.#move({ type: 'flow-exit' })) return;
        this.#resumePoint = inquiryId ? { inquiryId, sessionToken: signal.sessionToken } : undefined;
        this.dispatchEvent(new IdvCancelEvent(inquiryId ? { inquiryId } : {}));
        return;
      }
      case 'error':
        this.#endFlow();
        this.#fail(gateError(personaErrorCode(signal.code), signal.message));
        return;
      case 'camera-failed':
        this.#endFlow();
        this.#fail(gateError('camera_unavailable', 'Persona could not start the camera.'));
        return;
      case 'timeout':
        this.#endFlow();
        this.#fail(
          gateError('flow_timeout', `The verification flow did not load within ${this.flowTimeout} ms.`),
        );
        return;
    }
  }

  #fail(error: GateError): void {
    const previous = this.#error;
    this.#error = error;
    if (!this.#move({ type: 'failure' })) {
      this.#error = previous;
      return;
    }
    this.requestUpdate();
    this.dispatchEvent(new IdvErrorEvent({ code: error.code, message: error.message, recoverable: error.recoverable }));
  }

  /** Destroys the open flow, if any, and drops anything it still had in flight. */
  #endFlow(): void {
    this.#flowGeneration += 1;
    this.#flow?.destroy();
    this.#flow = undefined;
  }

  #reflectState(): void {
    this.setAttribute('state', this.state);
    this.toggleAttribute('verified', this.verified);
    const states = this.#internals.states;
    states.clear();
    states.add(this.state);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

declare global {
  interface HTMLElementTagNameMap {
    'id-verification-gate': IdVerificationGate;
  }
}
