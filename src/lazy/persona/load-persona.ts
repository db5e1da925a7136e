import { reloadable } from '../../eager/reloadable.js';

/** The Persona SDK module, loaded on first use. */
export type PersonaSdk = typeof import('persona');

const importPersona = reloadable(import.meta.resolve, () => import('persona'));

/**
 * Loads the Persona SDK once per page (Stripe's loader pattern): nothing loads on
 * import, every caller shares one promise, and after a failure Retry really downloads again.
 */
export function loadPersona(): Promise<PersonaSdk> {
  return importPersona().catch((cause: unknown) => {
    throw new Error('The Persona SDK could not be loaded.', { cause });
  });
}
