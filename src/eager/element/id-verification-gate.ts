import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import type { Translation, TranslationOverrides } from '../../i18n/translation.js';
import { isGateState, type GateState } from '../machine/states.js';
import { defaults, restoreDefaults } from './attribute-values.js';
import type { FlowMode, Prewarm } from '../controller/gate-host.js';
import { gateStyles } from './gate.styles.js';
import { ScreenLoader } from './screen-loader.js';
import { configKeys, configProblem } from './validate-config.js';
import { GateFrame } from './gate-frame.js';
import { mirrorState } from './state-mirror.js';
import { VerificationController } from '../controller/verification-controller.js';

/**
 * Stands in front of a feature that needs a verified identity: explains why and
 * what to prepare, runs Persona's inquiry flow, guides retries, and reveals its
 * content once the person is verified.
 *
 * @tag id-verification-gate
 * @summary Gate a feature behind Persona identity verification.
 * @slot - The gated content, rendered only once verified.
 * @slot reason - Why this feature needs a verified identity.
 * @slot prepare - Replaces the list of what to prepare.
 * @slot accepted - Replaces the list of accepted IDs.
 * @slot not-accepted - Replaces the list of IDs that are not accepted.
 * @slot privacy - Replaces the privacy notice (your policy, your link).
 * @event {IdvStateChangeEvent} idv-state-change - `{ state, previousState }`
 * @event {IdvStartEvent} idv-start - `{ attempt, inquiryId? }`
 * @event {IdvReadyEvent} idv-ready - `{}`: the flow is loaded and can open.
 * @event {IdvCompleteEvent} idv-complete - `{ inquiryId, status }`: Persona's client-side end of flow (untrusted).
 * @event {IdvVerifiedEvent} idv-verified - `{ inquiryId?, confirmedBy }`: unlock the feature.
 * @event {IdvDeclinedEvent} idv-declined - `{ inquiryId, attempt, attemptsRemaining, reason? }`
 * @event {IdvExhaustedEvent} idv-exhausted - `{ attempts }`
 * @event {IdvCancelEvent} idv-cancel - `{ inquiryId? }`
 * @event {IdvBlockedEvent} idv-blocked - `{ reason }`
 * @event {IdvErrorEvent} idv-error - `{ code, message, recoverable }`
 * @event {IdvPersonaEventEvent} idv-persona-event - `{ name, metadata }`: Persona's event stream without identity data.
 * @csspart screen - Every screen; also `screen-<state>` and `tone-<tone>` (`tone-neutral`, `tone-progress`, `tone-success`, `tone-warning`, `tone-danger`).
 * @csspart banner - The success banner above the gated content, once verified on this visit.
 * @csspart icon - The state's icon beside the heading (decorative).
 * @csspart heading - The screen's heading.
 * @csspart body - The screen's text.
 * @csspart actions - The row of buttons and links.
 * @csspart button - Every button; also `button-primary`, `button-secondary`.
 * @csspart link - The support or appeal link.
 * @csspart flow - The inline flow's frame (`mode="inline"`).
 * @csspart subheading - Headings inside a screen (what to prepare, privacy, …).
 * @csspart list - Lists of items (what to prepare, accepted IDs, …).
 * @csspart privacy - The privacy notice.
 * @csspart attempts - Attempts left on the retry screen.
 * @csspart spinner - The busy indicator.
 * @csspart steps - The list of verification steps (briefing, retry).
 * @csspart step - One step; also `step-done`, `step-failed`, `step-upcoming`.
 * @cssproperty --idv-color-text - Text colour.
 * @cssproperty --idv-color-muted - Body text colour.
 * @cssproperty --idv-color-background - Screen background.
 * @cssproperty --idv-color-border - Borders and the spinner track.
 * @cssproperty --idv-color-accent - Primary button, links, spinner.
 * @cssproperty --idv-color-accent-text - Text on the primary button.
 * @cssproperty --idv-color-focus - Focus ring.
 * @cssproperty --idv-color-neutral - Tone of `locked` and `cancelled`: icon, top edge.
 * @cssproperty --idv-color-neutral-soft - Behind the neutral icon.
 * @cssproperty --idv-color-progress - Tone of `checking`, `loading`, `in-progress`, `reviewing`.
 * @cssproperty --idv-color-progress-soft - Behind the progress icon.
 * @cssproperty --idv-color-success - Tone of the `verified` banner; steps done.
 * @cssproperty --idv-color-success-soft - Behind the success icon.
 * @cssproperty --idv-color-warning - Tone of `retry`, `exhausted`, recoverable `error`; the step to redo.
 * @cssproperty --idv-color-warning-soft - Behind the warning icon.
 * @cssproperty --idv-color-danger - Tone of `blocked` and unrecoverable `error`.
 * @cssproperty --idv-color-danger-soft - Behind the danger icon.
 * @cssproperty --idv-motion-duration - A screen's entrance motion; `0s` turns it off (off anyway under `prefers-reduced-motion`).
 * @cssproperty --idv-radius - Corner radius.
 * @cssproperty --idv-font - Font family.
 * @cssproperty --idv-spacing - Base spacing.
 * @cssstate checking - Asking `status-url` whether this person is already verified.
 * @cssstate locked - Not verified yet: why, what to prepare, and Start.
 * @cssstate loading - The flow is loading.
 * @cssstate in-progress - Persona's flow is open.
 * @cssstate reviewing - Submitted; waiting for the decision.
 * @cssstate verified - Unlocked: the gated content is shown.
 * @cssstate retry - An attempt was declined; attempts remain.
 * @cssstate exhausted - No attempts left.
 * @cssstate cancelled - The person left the flow; Resume or Start over.
 * @cssstate blocked - This account cannot be verified here.
 * @cssstate error - A technical problem.
 */
export class IdVerificationGate extends ReactiveElement {
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
    reviewTimeout: { attribute: 'review-timeout', type: Number },
    maxAttempts: { attribute: 'max-attempts', type: Number },
    supportUrl: { attribute: 'support-url' },
    scope: {},
    locale: {},
    previewState: { attribute: 'preview-state' },
    previewDetail: { attribute: 'preview-detail' },
    strings: { attribute: false },
    requestInit: { attribute: false },
    prewarm: { reflect: true },
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
  /** `modal` (Persona's flow in the gate's own modal dialog) or `inline` (the flow renders inside the gate). */
  declare mode: FlowMode;
  /** POSTed to for a server-created inquiry. */
  declare sessionUrl: string | undefined;
  /** Asked whether this person is verified; makes the server the judge. */
  declare statusUrl: string | undefined;
  /** Milliseconds to wait for the flow to load before `flow_timeout`. */
  declare flowTimeout: number;
  /** Milliseconds `reviewing` keeps asking `status-url` before a recoverable `review_timeout`. */
  declare reviewTimeout: number;
  /** Attempts before `exhausted`; a server's `attemptsRemaining` wins. */
  declare maxAttempts: number;
  /** Contact / appeal link for `exhausted`, `blocked` and unrecoverable errors. */
  declare supportUrl: string | undefined;
  /** Gates of one scope share a result on the page and across tabs. */
  declare scope: string;
  /** UI language; defaults to the nearest `lang` attribute, else English. */
  declare locale: string | undefined;
  /**
   * Renders one state with sample content and no Persona, for designers and docs.
   * A preview is inert: no events, no scope, no requests. Removing it starts the gate afresh.
   */
  declare previewState: GateState | undefined;
  /** With `preview-state`: the decline reason, block reason, or error code / camera problem the sample shows. */
  declare previewDetail: string | undefined;
  /** Overrides any UI string; records (advice per reason, words per error) merge key by key. */
  declare strings: TranslationOverrides | undefined;
  /** Merged into every backend request (headers, credentials). */
  declare requestInit: RequestInit | undefined;
  /**
   * How much of the flow is made ready before Start: `intent` (default) loads
   * Persona's code and assets once the gate is seen, and opens the flow hidden
   * when the person points at, focuses or touches Start (or calls `preload()`);
   * `assets` only loads; `none` waits for the click.
   */
  declare prewarm: Prewarm;

  constructor() {
    super();
    Object.assign(this, defaults);
    mirrorState(this, this.attachInternals(), (previous, state) =>
      this.#screens.ui?.followScreen(this.renderRoot, previous, state, this.#controller?.flow),
    );
  }

  /**
   * The current state, or the previewed one (read-only; reflected to the `state` attribute).
   * @attr state
   */
  get state(): GateState {
    return this.#previewing ? this.previewState! : (this.#controller?.state ?? 'checking');
  }

  /**
   * True once unlocked (read-only; reflected to the `verified` attribute).
   * @attr verified
   */
  get verified(): boolean {
    return !this.#previewing && this.#controller?.state === 'verified';
  }

  /** @internal The strings in use: the built-in translation nearest the locale, `strings` over it; undefined until loaded. */
  get translation(): Translation | undefined {
    return this.#screens.translation;
  }

  #screens = new ScreenLoader(this);
  /** Runs the verification; none while the gate is a preview, so a preview can do nothing. */
  #controller: VerificationController | undefined;
  #shownTranslation: Translation | undefined;
  #frame: GateFrame | undefined;

  /** Opens the verification flow; in `retry` or `cancelled` with a new inquiry. */
  start(): void {
    this.#controller?.start();
  }

  /** Tries again: after a decline a new inquiry; after an error, what failed, keeping the inquiry. */
  retry(): void {
    this.#controller?.retry();
  }

  /** Reopens the inquiry the person left. */
  resume(): void {
    this.#controller?.resume();
  }

  /** Closes the open flow; the person can resume it. */
  cancel(): void {
    this.#controller?.cancel();
  }

  /** Forgets attempts, errors and this scope's result on the page, and starts from the configuration. */
  reset(): void {
    this.#controller?.reset();
    this.#controller?.configure(configProblem(this));
  }

  /**
   * Loads the flow's code and the Persona SDK ahead of time so Start opens
   * faster; counts as intent (see `prewarm`). Never rejects. A preview loads nothing.
   */
  async preload(): Promise<void> {
    await this.#controller?.prewarm('preload');
  }

  /** Also waits for screens and words still loading, so `updateComplete` means what a person sees. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#screens.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    restoreDefaults(this);
    if (this.#previewing) {
      // A live gate put in preview stops quietly: its flow closes, its requests stop, it leaves its scope.
      this.#controller?.stop();
      this.#controller = undefined;
    } else if (!this.#controller) {
      // The first update, or back from a preview: a fresh start, as a gate just added to the page.
      this.#controller = new VerificationController(this);
      this.#controller.configure(configProblem(this));
    } else if (configKeys.some((key) => changed.has(key))) {
      this.#controller.configure(configProblem(this));
    }
    if (this.#previewing || (this.state !== 'checking' && this.state !== 'verified')) this.#screens.load();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // While another locale loads, the words on screen stay rather than turn into a spinner.
    const t = (this.#shownTranslation = this.translation ?? this.#shownTranslation);
    const { ui } = this.#screens;
    const controller = this.#controller;
    const frame = (this.#frame ??= new GateFrame(this.renderRoot));
    frame.draw(this.state, t, controller?.flowView);
    frame.placeholder(t && ui ? undefined : this.state, this.#screens.failed);
    if (!t || !ui) return;
    const view = controller ? ui.liveView(t, controller, this) : ui.previewView(t, this.previewDetail);
    ui.drawScreen(ui.renderScreen(this.state, view), frame, this);
  }

  /** A valid `preview-state` makes the gate a preview; an invalid one is a configuration error. */
  get #previewing(): boolean {
    return isGateState(this.previewState);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'id-verification-gate': IdVerificationGate;
  }
}
