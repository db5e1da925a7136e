/** The properties that have a default; removing their attribute brings it back. */
export const defaults = { prewarm: 'intent', mode: 'modal', flowTimeout: 20_000, maxAttempts: 3, reviewTimeout: 120_000, scope: 'default' } as const;

/** Removing an attribute gives the property back its default, not `null` (an empty scope too). */
export function restoreDefaults(gate: Record<keyof typeof defaults, unknown>): void {
  for (const key of Object.keys(defaults) as Array<keyof typeof defaults>) {
    if (gate[key] == null || gate[key] === '') gate[key] = defaults[key];
  }
}
