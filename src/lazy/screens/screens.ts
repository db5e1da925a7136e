import { html, nothing, type TemplateResult } from 'lit-html';
import type { GateError } from '../../eager/machine/errors.js';
import type { GateState } from '../../eager/machine/states.js';
import type { Translation } from '../../i18n/translation.js';
import { screen, titleIcon, type ScreenAction, type ScreenLink } from './screen.js';
import { failedStep, stepList } from './steps.js';
import { lookOf } from './tones.js';

/** Everything a screen may show, resolved by the element from its state. */
export interface ScreenView {
  readonly t: Translation;
  readonly attemptsRemaining: number;
  readonly declineReason: string | undefined;
  readonly blockReason: string | undefined;
  readonly error: GateError | undefined;
  /** Already checked to be http(s) or relative. */
  readonly supportUrl: string | undefined;
  readonly canResume: boolean;
  readonly start: () => void;
  readonly retry: () => void;
  readonly resume: () => void;
  readonly cancel: () => void;
  readonly continueAnyway: () => void;
  /** The person is about to press a button that opens a new inquiry's flow, or resumes one (live gates only). */
  readonly intend?: ((how: 'new' | 'resume') => void) | undefined;
}

/** The screen for one state. Exhaustive: a new state does not compile until it has a screen. */
export function renderScreen(state: GateState, view: ScreenView): TemplateResult {
  const { t } = view;
  const look = lookOf(state, view.error);
  const support = (label: string): ScreenLink | undefined =>
    view.supportUrl ? { label, href: view.supportUrl } : undefined;
  switch (state) {
    case 'checking':
      return screen({ name: 'checking', look, heading: t.checkingHeading, body: t.checkingBody, busy: true });
    case 'locked':
      return screen({
        name: 'locked',
        look,
        heading: t.lockedHeading,
        body: briefing(t),
        actions: [{ label: t.startButton, onClick: view.start, intent: intent(view, 'new') }],
      });
    case 'loading':
      return screen({
        name: 'loading',
        look,
        heading: t.loadingHeading,
        body: t.loadingBody,
        busy: true,
        actions: [{ label: t.cancelButton, onClick: view.cancel, kind: 'secondary' }],
      });
    case 'in-progress':
      return screen({
        name: 'in-progress',
        look,
        heading: t.inProgressHeading,
        body: t.inProgressBody,
        actions: [{ label: t.cancelButton, onClick: view.cancel, kind: 'secondary' }],
      });
    case 'reviewing':
      return screen({
        name: 'reviewing',
        look,
        heading: t.reviewingHeading,
        body: html`<p>${t.reviewingBody}</p>
          <p>${t.reviewingLeave}</p>`,
        busy: true,
      });
    case 'verified':
      // Just verified, on this visit: a banner that says so above the host's content.
      // (A person already verified at page load never loads the screens, and sees only the content.)
      return html`<div part="banner" class="banner" data-tone=${look.tone}>
          <div class="title">
            ${titleIcon(look)}
            <h2 id="heading" part="heading" tabindex="-1">${t.verifiedHeading}</h2>
          </div>
        </div>
        <slot></slot>`;
    case 'retry':
      return screen({
        name: 'retry',
        look,
        heading: t.retryHeading,
        body: html`${retrySteps(t, view.declineReason)}
          <p>${lookup(t.declineAdvice, view.declineReason)}</p>
          <p part="attempts">${t.attemptsLeft(view.attemptsRemaining)}</p>`,
        actions: [{ label: t.retryButton, onClick: view.retry, intent: intent(view, 'new') }],
      });
    case 'exhausted':
      return screen({
        name: 'exhausted',
        look,
        heading: t.exhaustedHeading,
        body: html`<p>${t.exhaustedBody}</p>
          <h3 part="subheading">${t.exhaustedIncludeHeading}</h3>
          ${list(t.exhaustedIncludeItems)}`,
        link: support(t.supportLink),
      });
    case 'cancelled':
      return screen({
        name: 'cancelled',
        look,
        heading: t.cancelledHeading,
        body: t.cancelledBody,
        actions: view.canResume
          ? [
              { label: t.resumeButton, onClick: view.resume, intent: intent(view, 'resume') },
              { label: t.startOverButton, onClick: view.start, kind: 'secondary', intent: intent(view, 'new') },
            ]
          : [{ label: t.startOverButton, onClick: view.start, intent: intent(view, 'new') }],
      });
    case 'blocked':
      return screen({
        name: 'blocked',
        look,
        heading: t.blockedHeading,
        body: lookup(t.blockedReasons, view.blockReason),
        link: support(t.appealLink),
      });
    case 'error':
      return errorScreen(view, support(t.contactSupport));
    default:
      return unreachable(state);
  }
}

/** What pointing at (focusing, touching) an action's button prepares. */
function intent(view: ScreenView, how: 'new' | 'resume'): (() => void) | undefined {
  return view.intend && (() => view.intend?.(how));
}

function errorScreen(view: ScreenView, supportLink: ScreenLink | undefined): TemplateResult {
  const { t, error } = view;
  const recoverable = error?.recoverable ?? true;
  // Still under review is not a failure: say so in the heading, and offer to check again.
  const stillReviewing = error?.code === 'review_timeout';
  const actions: ScreenAction[] = recoverable
    ? [{ label: stillReviewing ? t.checkAgainButton : t.tryAgainButton, onClick: view.retry }]
    : [];
  if (error?.cameraProblem === 'no_camera') {
    actions.push({ label: t.continueAnywayButton, onClick: view.continueAnyway, kind: 'secondary' });
  }
  return screen({
    name: 'error',
    look: lookOf('error', error),
    heading: stillReviewing ? t.reviewingHeading : t.errorHeading,
    body: error ? errorText(t, error) : nothing,
    actions,
    link: recoverable ? undefined : supportLink,
  });
}

function briefing(t: Translation): TemplateResult {
  return html`
    <slot name="reason"></slot>
    <p>${t.lockedIntro}</p>
    ${stepList(t, { heading: t.stepsHeading })}
    <h3 part="subheading">${t.prepareHeading}</h3>
    <slot name="prepare">${list(t.prepareItems)}</slot>
    <h3 part="subheading">${t.acceptedHeading}</h3>
    <slot name="accepted">${list(t.acceptedItems)}</slot>
    <h3 part="subheading">${t.notAcceptedHeading}</h3>
    <slot name="not-accepted">${list(t.notAcceptedItems)}</slot>
    <h3 part="subheading">${t.privacyHeading}</h3>
    <div part="privacy"><slot name="privacy">${list(t.privacyItems)}</slot></div>
  `;
}

/** Where the declined attempt went wrong; nothing when the reason names no step. */
function retrySteps(t: Translation, declineReason: string | undefined): TemplateResult | typeof nothing {
  const failed = failedStep(declineReason);
  return failed ? stepList(t, { ariaLabel: t.stepsProgressLabel }, failed) : nothing;
}

function list(items: readonly string[]): TemplateResult {
  return html`<ul part="list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** The text for a reason the server sent; unknown reasons get the general text. */
function lookup(texts: Readonly<Record<string, string>>, reason: string | undefined): string {
  return (reason && Object.hasOwn(texts, reason) ? texts[reason] : texts['other']) ?? '';
}

function errorText(t: Translation, error: GateError): string {
  return error.cameraProblem ? t.cameraProblems[error.cameraProblem] : t.errorMessages[error.code];
}

function unreachable(state: never): never {
  throw new Error(`No screen for state ${String(state)}`);
}
