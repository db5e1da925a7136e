// Imports a TypeScript entry of src/ in plain Node (20 has no type stripping):
// esbuild bundles it into node_modules/.cache, then it is imported from there.
// Used where Node runs the source before any build: the Node tests, the test
// runner's and the demo's dev servers, the benchmark. A bundle that holds the
// Persona sandbox gets the sandbox's page script beside it, where the sandbox
// reads it (as in dist/).
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const cacheDir = new URL('node_modules/.cache/id-verification-gate-source/', root);
const sandboxScript = 'src/testing/persona-sandbox/sandbox.ts';
let builds = 0;

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
    metafile: true,
    logLevel: 'error',
    alias: Object.fromEntries(Object.entries(alias).map(([name, file]) => [name, fileURLToPath(new URL(file, root))])),
  });
  // A folder per build: the bundle, and the sandbox's page script when the bundle serves it.
  const dir = new URL(`${entry.replaceAll(/[^\w]/g, '_')}-${process.pid}-${builds++}/`, cacheDir);
  await mkdir(dir, { recursive: true });
  if (Object.keys(result.metafile.inputs).some((input) => input.includes('persona-sandbox/'))) {
    await build({ entryPoints: [fileURLToPath(new URL(sandboxScript, root))], outfile: fileURLToPath(new URL('sandbox.js', dir)), logLevel: 'error' });
  }
  const file = new URL('index.mjs', dir);
  await writeFile(file, result.outputFiles[0].text);
  return import(file.href);
}
