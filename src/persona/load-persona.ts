/** The Persona SDK module, loaded on first use. */
export type PersonaSdk = typeof import('persona');

let pending: Promise<PersonaSdk> | undefined;

/**
 * Loads the Persona SDK once per page (Stripe's loader pattern): nothing loads on
 * import, every caller shares one promise, and a failure clears the cache so
 * Retry really loads again.
 */
export function loadPersona(): Promise<PersonaSdk> {
  pending ??= import('persona').catch((cause: unknown) => {
    pending = undefined;
    throw new Error('The Persona SDK could not be loaded.', { cause });
  });
  return pending;
}
