#!/usr/bin/env node
// `npm run test:consumers`: the package as its users get it.
//
//  1. packs the package (`npm pack`, whose prepack script builds it),
//  2. copies each fixture app of apps/ into a temporary folder and installs the tarball
//     there with `npm install` (pinned framework versions; nothing from this repository's
//     node_modules is visible to the apps),
//  3. bundles the React and Vue apps with esbuild,
//  4. serves the apps on localhost beside the local Persona sandbox and runs
//     consumers.spec.mjs in headless Chromium, then each app's main flow in Firefox ESR
//     (puppeteer-core over WebDriver BiDi; both the Debian browsers).
//
// The last line printed is "N passed, N failed".
//
// Options (for working on the tests):
//   --tarball FILE   use this tarball instead of building and packing
//   --keep           keep the temporary folder (its path is printed)
//   --only NAME      run the tests of one app (html-bundle, html-importmap, react, vue)
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';
import { firefoxLaunchOptions } from '../support/engines/firefox.mjs';
import { importSource } from '../../scripts/import-source.mjs';
import { builders } from './build-apps.mjs';
import { registeredTests, runTest } from './harness.mjs';
import { reactEventMapping } from './consumers.spec.mjs';

// The sandbox is TypeScript: built from the source, its page script beside it.
const { startPersonaSandbox } = await importSource('src/testing/index.ts');

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const APPS = ['html-bundle', 'html-importmap', 'react', 'vue'];
const TEST_TIMEOUT_MS = 30_000;

const { values: options } = parseArgs({
  options: {
    tarball: { type: 'string' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const apps = options.only ? APPS.filter((app) => app === options.only) : APPS;
if (!apps.length) fail(`--only: no app named "${options.only}" (${APPS.join(', ')})`);

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[consumers ${elapsed()}] ${message}`);

function fail(message) {
  console.error(message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** npm's own variables from `npm run` would point child npm calls at this repository. */
function childEnv() {
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|config_(local_)?prefix$|config_global$)/i.test(key) || key === 'INIT_CWD') delete env[key];
  }
  return env;
}

/** Runs a command; its output is shown only when it fails. Resolves with stdout. */
function run(command, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(stdout);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}\n${output}`));
    });
  });
}

async function packPackage(workDir) {
  if (options.tarball) return resolve(options.tarball);
  log('building and packing the package (npm pack runs prepack: npm run build)');
  // The build prints to stdout too, so the tarball is found in the (fresh) folder, not in npm's JSON.
  await run('npm', ['pack', '--pack-destination', workDir], root);
  const [filename] = (await readdir(workDir)).filter((file) => file.endsWith('.tgz'));
  return join(workDir, filename);
}

async function installApp(app, workDir, tarball) {
  const appDir = join(workDir, app);
  await cp(join(here, 'apps', app), appDir, {
    recursive: true,
    filter: (source) => !source.split(sep).includes('node_modules') && !source.split(sep).includes('dist'),
  });
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', tarball], appDir);
  await builders[app]?.(appDir);
  return appDir;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves workDir/<app>/… as /<app>/…, with {{PERSONA_HOST}} in HTML filled in. Plain files, no rewriting. */
function serveApps(workDir, personaHost) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = resolve(workDir, `.${path}`);
    if (!file.startsWith(workDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') body = body.toString('utf8').replaceAll('{{PERSONA_HOST}}', personaHost);
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(0, 'localhost', () => {
      resolvePromise({ origin: `http://localhost:${server.address().port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}


async function main() {
  const workDir = await mkdtemp(join(tmpdir(), 'idv-consumers-'));
  let sandbox;
  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    const tarball = await packPackage(workDir);
    log(`installing ${tarball.split(sep).pop()} into ${apps.join(', ')}`);
    await Promise.all(apps.map((app) => installApp(app, workDir, tarball)));
    log('apps installed and built');

    sandbox = await startPersonaSandbox();
    server = await serveApps(workDir, sandbox.host);
    const tests = registeredTests().filter((t) => apps.includes(t.app));
    const engines = [
      { name: 'chromium', launch: { executablePath: chromiumPath, headless: true, args: chromiumArgs }, tests },
      { name: 'firefox', launch: firefoxLaunchOptions, tests: tests.filter((t) => t.alsoInFirefox) },
    ];
    for (const engine of engines) {
      browser = await puppeteer.launch(engine.launch);
      log(`${await browser.version()}; apps on ${server.origin}, Persona sandbox on ${sandbox.origin}`);
      for (const entry of engine.tests) {
        const testStarted = Date.now();
        const error = await runTest(browser, entry, { origin: server.origin, sandbox }, TEST_TIMEOUT_MS);
        const ms = Date.now() - testStarted;
        const title = `${engine.name} › ${entry.app} › ${entry.name} (${ms} ms)`;
        if (error) {
          failed += 1;
          console.log(`  ✗ ${title}\n      ${String(error.stack ?? error).split('\n').join('\n      ')}`);
        } else {
          passed += 1;
          console.log(`  ✓ ${title}`);
        }
      }
      await browser.close();
      browser = undefined;
    }
    if (reactEventMapping.calls) {
      const mapping = reactEventMapping.calls.map(({ prop, type }) => `${prop} → "${type}"`).join(', ');
      log(`React 19 custom-element event props, measured: ${mapping}`);
    }
  } catch (error) {
    failed += 1;
    console.log(String(error.stack ?? error));
  } finally {
    await browser?.close().catch(() => {});
    await server?.close();
    await sandbox?.close();
    if (options.keep) log(`kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
  log('done');
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
