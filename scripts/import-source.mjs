// Imports a TypeScript entry of src/ in plain Node (20 has no type stripping):
// esbuild bundles it into node_modules/.cache, then it is imported from there.
// Used where Node runs the source before any build: the Node tests, the test
// runner's and the demo's dev servers. The JS sandbox server stays external, so
// it reads its page script from its own folder.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const cacheDir = new URL('node_modules/.cache/id-verification-gate-source/', root);
let builds = 0;

const sandboxStaysPut = {
  name: 'sandbox-stays-put',
  setup(context) {
    context.onResolve({ filter: /persona-sandbox\/server\.js$/ }, (args) => ({
      path: pathToFileURL(fileURLToPath(new URL(args.path, pathToFileURL(`${args.resolveDir}/`)))).href,
      external: true,
    }));
  },
};

/**
 * `await importSource('src/server/index.ts')`: the module, built from the current source.
 * `alias` maps import specifiers to files of the repository (the recipes' `id-verification-gate/server`).
 */
export async function importSource(entry, { alias = {} } = {}) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, root))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'error',
    plugins: [sandboxStaysPut],
    alias: Object.fromEntries(Object.entries(alias).map(([name, file]) => [name, fileURLToPath(new URL(file, root))])),
  });
  await mkdir(cacheDir, { recursive: true });
  const file = new URL(`${entry.replaceAll(/[^\w]/g, '_')}-${process.pid}-${builds++}.mjs`, cacheDir);
  await writeFile(file, result.outputFiles[0].text);
  return import(file.href);
}
