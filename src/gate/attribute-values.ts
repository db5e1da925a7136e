/** The properties that have a default; removing their attribute brings it back. */
export const defaults = { mode: 'modal', flowTimeout: 20_000, maxAttempts: 3, reviewTimeout: 120_000, scope: 'default' } as const;

/** Removing an attribute gives the property back its default, not `null` (an empty `mode` or `scope` too). */
export function restoreDefaults(gate: Record<keyof typeof defaults, unknown>): void {
  for (const key of Object.keys(defaults) as Array<keyof typeof defaults>) {
    const value = gate[key];
    if (value == null || (value === '' && typeof defaults[key] == 'string')) gate[key] = defaults[key];
  }
}

/**
 * A count attribute (`max-attempts`, `flow-timeout`, …): a number when written
 * in digits, else the text as written, so the error can quote it (`0x10` and
 * `1e3` are not counts, although `Number()` reads them).
 */
export const countAttribute = {
  fromAttribute: (value: string | null) => (value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
};
