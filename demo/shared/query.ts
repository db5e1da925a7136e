// The demo keeps its settings in the URL, so a reload, a shared link or the
// screenshot script opens exactly the same view.

/** `?name=` when it is one of `allowed`, else `fallback`. */
export function readChoice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = new URLSearchParams(location.search).get(name);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A non-negative number from `?name=`, else `fallback`. */
export function readNumber(name: string, fallback: number): number {
  const raw = new URLSearchParams(location.search).get(name);
  const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Writes the params (`undefined` removes one) without adding a history entry. */
export function writeParams(params: Readonly<Record<string, string | undefined>>): void {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  history.replaceState(history.state, '', url);
}
