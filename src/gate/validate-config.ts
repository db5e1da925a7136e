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
    return isGateState(config.previewState) ? undefined : `preview-state "${config.previewState}" is not a state.`;
  }
  const hasTemplate = config.templateId || config.templateVersionId;
  if (!hasTemplate && !config.inquiryId && !config.sessionUrl) return 'Set template-id, inquiry-id or session-url.';
  if (hasTemplate && config.inquiryId) return 'Set template-id (a new inquiry) or inquiry-id (resume one), not both.';
  if (config.mode !== 'modal' && config.mode !== 'inline') {
    return `mode must be "modal" or "inline", not "${String(config.mode)}".`;
  }
  const counts = { 'max-attempts': config.maxAttempts, 'flow-timeout': config.flowTimeout, 'review-timeout': config.reviewTimeout };
  for (const [name, value] of Object.entries(counts)) {
    if (!isPositiveInteger(value)) return `${name} must be a whole number above 0, not "${String(value)}".`;
  }
  if (config.personaHost && !isHost(config.personaHost)) {
    return `persona-host must be a bare host such as "localhost:8123", not "${config.personaHost}".`;
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
