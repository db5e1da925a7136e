// `npm run build:demo`: the demo as static files in demo-dist/, for any static
// file server. Served at the root of a host (Persona's SDK opens the flow at
// `<persona-host>/widget`, and msw's worker must cover the page), the folder has
// everything the demo needs:
//
//   index.html, demo.js, chunks/   the page, the gate, lazy locales and Persona's SDK
//   styles/demo.css
//   mockServiceWorker.js           msw's worker: the mocked server runs in the browser
//   widget/index.html, sandbox.js  the local Persona sandbox, as static files
//
// The demo then uses this same server as persona-host, so the flow is same-origin
// (with `npm start` it is cross-origin, as with Persona): fine for a review build.
import { build } from 'esbuild';
import { mkdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from './import-source.mjs';

// The sandbox is TypeScript: built from the source, its page script beside it.
const { startPersonaSandbox } = await importSource('src/testing/index.ts');

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The sandbox's own Content-Security-Policy header, as a meta tag: static servers send no such header. */
const sandboxCsp =
  "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export async function buildDemo({ outDir = join(root, 'demo-dist') } = {}) {
  await rm(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { demo: 'demo/demo.ts', 'styles/demo': 'demo/styles/demo.css' },
    outdir: outDir,
    bundle: true,
    // Locales and Persona's SDK stay lazy chunks, as in the package's own bundle.
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    sourcemap: true,
    // Persona's logger reads process.env.NODE_ENV, which browsers do not have.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await writePage(outDir);
  await copyFile(require.resolve('msw/mockServiceWorker.js'), join(outDir, 'mockServiceWorker.js'));
  await writeSandbox(outDir);
  return outDir;
}

async function writePage(outDir) {
  const html = await readFile(join(root, 'demo/index.html'), 'utf8');
  const built = html
    .replace('src="./demo.ts"', 'src="./demo.js"')
    // A static server runs no server handlers: the playground offers no "real server" scenario.
    .replace('</head>', '  <meta name="real-server" content="none" />\n  </head>');
  if (!built.includes('src="./demo.js"')) throw new Error('demo/index.html no longer loads ./demo.ts: update scripts/demo-build.mjs');
  await writeFile(join(outDir, 'index.html'), built);
}

/** Saves the sandbox's pages as the sandbox server serves them, so there is one source for both. */
async function writeSandbox(outDir) {
  const sandbox = await startPersonaSandbox();
  try {
    const get = async (path) => {
      const response = await fetch(`${sandbox.origin}${path}`);
      if (!response.ok) throw new Error(`The Persona sandbox answered ${response.status} for ${path}`);
      return response.text();
    };
    const widget = (await get('/widget')).replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${sandboxCsp}">`,
    );
    await save(join(outDir, 'widget/index.html'), widget);
    await save(join(outDir, 'preload/index.html'), await get('/preload'));
    await save(join(outDir, 'sandbox.js'), await get('/sandbox.js'));
  } finally {
    await sandbox.close();
  }
}

async function save(path, text) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = await buildDemo();
  console.log(`Demo built in ${outDir}. Serve that folder at the root of a host, e.g.:
  node scripts/demo-static-server.mjs demo-dist 8080   # then open http://localhost:8080/
  python3 -m http.server -d demo-dist 8080`);
}
