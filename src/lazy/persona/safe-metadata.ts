/** Keys of Persona event metadata that hold identity data or credentials. */
const identityKeys = new Set(['fields', 'scopes', 'sessionToken', 'session-token', 'session_token']);

/**
 * A copy of Persona's event metadata that is safe to hand to analytics:
 * identity fields and session tokens are dropped, at any depth.
 */
export function safeMetadata(metadata: unknown): Readonly<Record<string, unknown>> {
  if (!isRecord(metadata)) return {};
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (identityKeys.has(key)) continue;
    safe[key] = isRecord(value) ? safeMetadata(value) : value;
  }
  return safe;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
