// Eager bytes as users' bundlers see them: an app whose whole code is
// `import 'id-verification-gate'`, built for production by esbuild (with code
// splitting) and by Vite, against the built package in dist/. "Eager" is the
// app's entry plus every file it imports statically: what a page downloads
// before anyone needs to verify. Each file is gzipped alone (-9), as it is sent.
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { graphOf } from './dist-graph.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** min+gzip of the eager files of a build in `dir`, entry `entry`. */
async function eagerBytes(dir, entry) {
  const { eager } = graphOf(entry, dir);
  let bytes = 0;
  for (const file of eager) bytes += gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  return { bytes, files: eager.size };
}

/** `{ esbuild, vite }`: each `{ bytes, files }`, the eager code of an app that imports the package. */
export async function eagerInUsersBundlers() {
  const app = await mkdtemp(join(tmpdir(), 'idv-bundlers-'));
  try {
    // The package as an app installs it (its dependencies resolve from the real path, this repository).
    await mkdir(join(app, 'node_modules'));
    await symlink(root, join(app, 'node_modules/id-verification-gate'), 'dir');
    await writeFile(join(app, 'main.js'), "import 'id-verification-gate';\n");
    await writeFile(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');

    const esbuildOut = join(app, 'out-esbuild');
    await esbuild.build({
      absWorkingDir: app,
      entryPoints: { main: 'main.js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir: esbuildOut,
      // persona's logger reads it; an app's config defines it, as the README says.
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });

    const viteOut = join(app, 'out-vite');
    // modulePreload: Vite's preload helper is the app's code, not ours, and ships whatever it imports.
    await viteBuild({ root: app, configFile: false, logLevel: 'error', build: { outDir: viteOut, modulePreload: false } });
    const assets = join(viteOut, 'assets');
    const viteEntry = (await readdir(assets)).find((file) => /^index-.*\.js$/.test(file));
    if (!viteEntry) throw new Error('Vite built no index-*.js entry');

    return { esbuild: await eagerBytes(esbuildOut, 'main.js'), vite: await eagerBytes(assets, viteEntry) };
  } finally {
    await rm(app, { recursive: true, force: true });
  }
}
