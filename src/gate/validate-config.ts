import { GateStates, isGateState } from '../machine/states.js';

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
  readonly previewState?: string | null | undefined;
}

/** The longest delay a browser timer keeps: past it, `setTimeout` fires at once. */
export const maxCount = 2 ** 31 - 1;

/**
 * The first problem with the configuration, as a message that names the
 * attribute to fix, or `undefined` when the gate can run. A valid
 * `preview-state` is not checked here: a preview runs nothing.
 */
export function configProblem(config: GateConfig): string | undefined {
  if (config.previewState != null && !isGateState(config.previewState)) {
    return `preview-state must be one of ${GateStates.join(', ')}, not ${shown(config.previewState)}.`;
  }
  const hasTemplate = config.templateId || config.templateVersionId;
  if (!hasTemplate && !config.inquiryId && !config.sessionUrl) return 'Set template-id, inquiry-id or session-url.';
  if (hasTemplate && config.inquiryId) return 'Set template-id (a new inquiry) or inquiry-id (resume one), not both.';
  if (config.mode !== 'modal' && config.mode !== 'inline') {
    return `mode must be "modal" or "inline", not ${shown(config.mode)}.`;
  }
  const counts = { 'max-attempts': config.maxAttempts, 'flow-timeout': config.flowTimeout, 'review-timeout': config.reviewTimeout };
  for (const [name, value] of Object.entries(counts)) {
    if (!isCount(value)) return `${name} must be a whole number from 1 to ${maxCount}, not ${shown(value)}.`;
  }
  if (config.personaHost && !isHost(config.personaHost)) {
    return `persona-host must be a bare host such as "localhost:8123", not ${shown(config.personaHost)}.`;
  }
  return undefined;
}

/** A whole number a browser timer can wait: written in digits when it is text. */
function isCount(value: unknown): boolean {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= maxCount;
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

/** A value quoted for a message: escaped, and short even when what was written is not. */
function shown(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
