import { isGateState } from '../machine/states.js';

/** The configuration a gate is checked on before it offers a flow. */
export interface GateConfig {
  readonly templateId?: string | undefined;
  readonly templateVersionId?: string | undefined;
  readonly inquiryId?: string | undefined;
  readonly sessionUrl?: string | undefined;
  readonly mode: unknown;
  readonly maxAttempts: unknown;
  readonly flowTimeout: unknown;
  readonly reviewTimeout: unknown;
  readonly personaHost?: string | undefined;
  readonly previewState?: string | undefined;
}

/**
 * The first problem with the configuration, as a message that names the
 * attribute to fix, or `undefined` when the gate can run.
 */
export function configProblem(config: GateConfig): string | undefined {
  if (config.previewState) {
    // A preview needs no Persona configuration, only a real state to show.
    return isGateState(config.previewState)
      ? undefined
      : `preview-state "${config.previewState}" is not a state of the gate.`;
  }
  const hasTemplate = Boolean(config.templateId || config.templateVersionId);
  if (!hasTemplate && !config.inquiryId && !config.sessionUrl) {
    return 'Set template-id (or inquiry-id, or session-url) so the gate knows which inquiry to open.';
  }
  if (hasTemplate && config.inquiryId) {
    return 'Set either template-id or inquiry-id, not both: one starts a new inquiry, the other resumes one.';
  }
  if (config.mode !== 'modal' && config.mode !== 'inline') {
    return `mode must be "modal" or "inline", not "${String(config.mode)}".`;
  }
  if (!isPositiveInteger(config.maxAttempts)) {
    return `max-attempts must be a whole number of at least 1, not "${String(config.maxAttempts)}".`;
  }
  if (!isPositiveInteger(config.flowTimeout)) {
    return `flow-timeout must be a number of milliseconds above 0, not "${String(config.flowTimeout)}".`;
  }
  if (!isPositiveInteger(config.reviewTimeout)) {
    return `review-timeout must be a number of milliseconds above 0, not "${String(config.reviewTimeout)}".`;
  }
  if (config.personaHost && !isHost(config.personaHost)) {
    return `persona-host must be a host name such as "example.withpersona.com" or "localhost:8123", not "${config.personaHost}".`;
  }
  return undefined;
}

function isPositiveInteger(value: unknown): boolean {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1;
}

/** A bare host (with optional port), as Persona's `customHost` expects: no scheme, no path. */
function isHost(value: string): boolean {
  try {
    const url = new URL(`https://${value}`);
    return url.host === value.toLowerCase() && (url.hostname === 'localhost' || url.hostname.includes('.'));
  } catch {
    return false;
  }
}
