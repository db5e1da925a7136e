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
  readonly previewState?: string | null | undefined;
}

/** The properties whose change means the gate must re-check its configuration (and its server). */
export const configKeys = [
  'templateId',
  'templateVersionId',
  'inquiryId',
  'sessionUrl',
  'statusUrl',
  'mode',
  'maxAttempts',
  'flowTimeout',
  'reviewTimeout',
  'personaHost',
  'previewState',
  'scope',
] as const;

/** The longest delay a browser timer keeps: past it, `setTimeout` fires at once. */
const maxCount = 2 ** 31 - 1;

/**
 * The first problem with the configuration, as a message that names the
 * attribute to fix, or `undefined` when the gate can run. A valid
 * `preview-state` is not checked here: a preview runs nothing.
 */
export function configProblem(config: GateConfig): string | undefined {
  if (config.previewState != null && !isGateState(config.previewState)) {
    return mustBe('preview-state', 'a state such as "locked"', config.previewState);
  }
  const hasTemplate = config.templateId || config.templateVersionId;
  if (!hasTemplate && !config.inquiryId && !config.sessionUrl) return 'Set template-id, inquiry-id or session-url.';
  if (hasTemplate && config.inquiryId) return 'Set template-id (a new inquiry) or inquiry-id (resume one), not both.';
  if (config.mode !== 'modal' && config.mode !== 'inline') return mustBe('mode', '"modal" or "inline"', config.mode);
  const counts = { 'max-attempts': config.maxAttempts, 'flow-timeout': config.flowTimeout, 'review-timeout': config.reviewTimeout };
  for (const [name, value] of Object.entries(counts)) {
    if (!isCount(value)) return mustBe(name, `a whole number from 1 to ${maxCount}`, value);
  }
  if (config.personaHost && !isHost(config.personaHost)) {
    return mustBe('persona-host', 'a bare host such as "localhost:8123"', config.personaHost);
  }
  return undefined;
}

/** A whole number a browser timer can wait (set as a property, it may be numeric text). */
function isCount(value: unknown): boolean {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= maxCount;
}

/** A bare host (with optional port), as Persona's `customHost` expects: no scheme, no path. */
function isHost(value: string): boolean {
  try {
    const url = new URL(`https://${value}`);
    // Persona's SDK loads any host starting "localhost" over http and accepts only localhost itself
    // that way: "localhost.example.com" would silently become Persona production.
    const localhost = url.hostname === 'localhost';
    return url.host === value.toLowerCase() && (localhost || (url.hostname.includes('.') && !value.startsWith('localhost')));
  } catch {
    return false;
  }
}

/** The message for a bad value: quoted, escaped, and short even when what was written is not. */
function mustBe(attribute: string, expected: string, value: unknown): string {
  return `${attribute} must be ${expected}, not ${JSON.stringify(String(value).slice(0, 40))}.`;
}
