/**
 * A lazily imported module whose failed download is downloaded again on the next call.
 *
 * Firefox remembers a failed `import()` of a URL for the life of the page and fails the
 * same URL again without a request. So after a failure the module is imported under its
 * URL plus `?retry=N`. That URL is read from `load`'s own source, where each build leaves
 * the final path (rollup's chunk names, the dev server's rewrites), and resolved by the
 * caller's `import.meta.resolve` (import maps included); bundlers still see a plain
 * `import()` to follow. Where `load` holds no `import()` (a bundler's own loader), it runs again.
 */
export function reloadable<T>(resolve: (specifier: string) => string, load: () => Promise<T>): () => Promise<T> {
  let failures = 0;
  return () => {
    const specifier = failures && /import\(["'`](.+?)["'`]/.exec(String(load))?.[1];
    const loading: Promise<T> = specifier
      ? import(/* @vite-ignore */ /* webpackIgnore: true */ `${resolve(specifier)}?retry=${failures}`)
      : load();
    return loading.catch((error: unknown) => {
      failures++;
      throw error;
    });
  };
}
