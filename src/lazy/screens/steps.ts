import { html, nothing, type TemplateResult } from 'lit-html';
import type { Translation, VerificationStep } from '../../i18n/translation.js';
import { icons } from './icons.js';

/** The steps of a verification, in the order a person goes through them. */
export const verificationSteps = ['prepare', 'idPhoto', 'selfie', 'review'] as const satisfies readonly VerificationStep[];

/** The step a decline reason points at; unknown reasons point at none. */
const failedStepOf: Readonly<Record<string, VerificationStep>> = {
  blurry_photo: 'idPhoto',
  glare: 'idPhoto',
  document_expired: 'idPhoto',
  document_not_accepted: 'idPhoto',
  face_mismatch: 'selfie',
  selfie_failed: 'selfie',
  technical: 'review',
};

export function failedStep(declineReason: string | undefined): VerificationStep | undefined {
  return declineReason && Object.hasOwn(failedStepOf, declineReason) ? failedStepOf[declineReason] : undefined;
}

/**
 * The four steps as a numbered list. With `failed`, the steps before it are
 * marked done and it is marked as the one to redo, in words for screen readers
 * and with a mark and colour for everyone.
 */
export function stepList(t: Translation, label: { heading: string } | { ariaLabel: string }, failed?: VerificationStep): TemplateResult {
  const failedAt = failed ? verificationSteps.indexOf(failed) : -1;
  const statusOf = (index: number) => (index === failedAt ? 'failed' : index < failedAt ? 'done' : 'upcoming');
  return html`
    ${'heading' in label ? html`<h3 part="subheading" id="steps-heading">${label.heading}</h3>` : nothing}
    <ol
      part="steps"
      class="steps"
      aria-labelledby=${'heading' in label ? 'steps-heading' : nothing}
      aria-label=${'ariaLabel' in label ? label.ariaLabel : nothing}
    >
      ${verificationSteps.map((step, index) => {
        const status = statusOf(index);
        return html`<li part="step step-${status}" class="step" data-status=${status}>
          <span class="step-mark" aria-hidden="true"
            >${status === 'done' ? icons.stepDone : status === 'failed' ? icons.stepFailed : index + 1}</span
          >
          <span class="step-name">${t.steps[step]}</span>
          ${status === 'upcoming' ? nothing : html`<span class="visually-hidden">(${status === 'done' ? t.stepDone : t.stepFailed})</span>`}
        </li>`;
      })}
    </ol>
  `;
}
